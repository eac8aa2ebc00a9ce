package io.quizarena;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SimpleVerifier;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * A native image keeps reflection data only for classes registered for it. Quarkus registers the types JAX-RS resource
 * methods declare; everything else Jackson reads or writes needs {@link RegisterForReflection}, or the native binary
 * fails at run time while the JVM build works: what the application hands to Jackson itself (bank files, the stored
 * question body, score events on Kafka, anything a future socket message binds) and entities inside a plain
 * {@code Response}, whose type no resource method declares (a new room, problem details, the bank export).
 *
 * <p>This test reads the compiled classes and finds those types itself: class literals passed to Jackson's data-binding
 * methods ({@code readValue(json, X.class)}, {@code treeToValue}, {@code writerFor}, ...), and the static types of
 * objects passed to {@code Object} parameters of Jackson ({@code writeValueAsString(x)}, {@code valueToTree(x)},
 * {@code putPOJO}) or of {@code Response} ({@code entity(x)}, {@code ok(x)}), also through the application's own
 * helper methods that pass such an argument on. From each it follows record components, fields, sealed subtypes and
 * {@link JsonSubTypes}; every application class reached must be registered (on itself, or on an enclosing class, which
 * registers its nested classes too), and no other application class may carry the annotation, so the registrations
 * stay exactly what the image needs. Socket frames are built as Jackson trees and need none.
 */
class NativeRegistrationTest {

    static final String APP = "io/quizarena/";
    static final String JACKSON = "com/fasterxml/jackson/databind/";
    static final String RESPONSE = "jakarta/ws/rs/core/Response";

    /** Application classes serialised without a type JAX-RS declares, each with one place it happens. */
    static final Map<String, String> roots = new TreeMap<>();

    /** Every class compiled from src/main/java. */
    static final List<String> applicationClassNames = new ArrayList<>();

    @BeforeAll
    static void scan() throws Exception {
        List<ClassNode> classes = applicationClasses();
        classes.forEach(c -> applicationClassNames.add(c.name.replace('/', '.')));
        Map<String, Integer> passThrough = new LinkedHashMap<>(); // owner.name+desc -> index of the parameter handed on
        int known;
        do {
            known = passThrough.size();
            for (ClassNode c : classes) {
                for (MethodNode m : c.methods) {
                    scanMethod(c, m, passThrough);
                }
            }
        } while (passThrough.size() != known);
    }

    @Test
    void theScanFindsWhatTheApplicationSerialises() {
        // if these go missing, the scan broke (or the code moved): fix the scan before trusting the next test
        assertThat(roots.keySet())
                .contains(
                        "io.quizarena.bank.BankDocument",
                        "io.quizarena.bank.BankDocument$QuestionDocument",
                        "io.quizarena.bank.QuestionMapper$Body",
                        "io.quizarena.events.ScoreEvent",
                        "io.quizarena.problem.Problem");
    }

    @Test
    void everyClassSerialisedOutsideJaxRsIsRegisteredForReflection() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : reached().entrySet()) {
            if (!registered(load(e.getKey()))) {
                missing.add(e.getKey() + " (" + e.getValue() + ")");
            }
        }
        assertThat(missing)
                .as("classes serialised without a type JAX-RS declares, and without @RegisterForReflection: the"
                        + " native image would fail on them at run time")
                .isEmpty();
    }

    @Test
    void onlyThoseAreRegistered() {
        Set<String> reached = reached().keySet();
        List<String> extra = new ArrayList<>(applicationClassNames.stream()
                .filter(name -> load(name).isAnnotationPresent(RegisterForReflection.class))
                .filter(name ->
                        load(name).getAnnotation(RegisterForReflection.class).targets().length == 0)
                // classNames registers library classes by name, not ours for Jackson (JoinGuard: Caffeine's
                // generated caches, which JoinGuardCachesTest checks)
                .filter(name ->
                        load(name).getAnnotation(RegisterForReflection.class).classNames().length == 0)
                .filter(name -> !reached.contains(name))
                .toList());
        registeredTargets().stream()
                .map(Class::getName)
                .filter(name -> !reached.contains(name))
                .forEach(extra::add);
        assertThat(extra)
                .as("@RegisterForReflection on classes nothing serialises outside JAX-RS any more: remove it (or,"
                        + " when something else needs the reflection data, say what here)")
                .isEmpty();
    }

    /** Every application class reached from the roots, with how it was reached. */
    static Map<String, String> reached() {
        Map<String, String> reached = new TreeMap<>();
        Deque<Class<?>> work = new ArrayDeque<>();
        for (Map.Entry<String, String> root : roots.entrySet()) {
            Class<?> type = load(root.getKey());
            reached.put(type.getName(), root.getValue());
            work.add(type);
        }
        while (!work.isEmpty()) {
            Class<?> type = work.pop();
            for (Class<?> next : referenced(type)) {
                if (isApplicationClass(next) && !reached.containsKey(next.getName())) {
                    reached.put(next.getName(), "part of " + type.getName());
                    work.add(next);
                }
            }
        }
        return reached;
    }

    /**
     * Registered for reflection on itself, through an enclosing class that registers its nested classes, or as a
     * target of a registration elsewhere (for types of a package that must not depend on Quarkus).
     */
    static boolean registered(Class<?> type) {
        if (registeredTargets().contains(type)) {
            return true;
        }
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            RegisterForReflection r = c.getAnnotation(RegisterForReflection.class);
            if (r != null && (c == type || !r.ignoreNested())) {
                return true;
            }
        }
        return false;
    }

    /** The classes named by {@code @RegisterForReflection(targets = ...)} on application classes. */
    static Set<Class<?>> registeredTargets() {
        Set<Class<?>> targets = new java.util.LinkedHashSet<>();
        for (String name : applicationClassNames) {
            RegisterForReflection r = load(name).getAnnotation(RegisterForReflection.class);
            if (r != null) {
                targets.addAll(List.of(r.targets()));
            }
        }
        return targets;
    }

    /** What Jackson may read or write along with a value of this type. */
    static Set<Class<?>> referenced(Class<?> type) {
        Set<Class<?>> out = new java.util.LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                collect(rc.getGenericType(), out);
            }
        } else if (!type.isEnum() && !type.isInterface()) {
            for (Class<?> c = type; c != null && isApplicationClass(c); c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                        collect(f.getGenericType(), out);
                    }
                }
                out.add(c);
            }
        }
        if (type.isSealed()) {
            out.addAll(List.of(type.getPermittedSubclasses()));
        }
        JsonSubTypes subTypes = type.getAnnotation(JsonSubTypes.class);
        if (subTypes != null) {
            for (JsonSubTypes.Type t : subTypes.value()) {
                out.add(t.value());
            }
        }
        return out;
    }

    static void collect(Type type, Set<Class<?>> out) {
        if (type instanceof Class<?> c) {
            out.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), out);
            for (Type arg : p.getActualTypeArguments()) {
                collect(arg, out);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), out);
        } else if (type instanceof WildcardType w) {
            Stream.of(w.getUpperBounds()).forEach(b -> collect(b, out));
        } else if (type instanceof TypeVariable<?> v) {
            Stream.of(v.getBounds()).forEach(b -> collect(b, out));
        }
    }

    // ---- the bytecode scan ------------------------------------------------------------------------------------

    static void scanMethod(ClassNode owner, MethodNode method, Map<String, Integer> passThrough) {
        if (method.instructions.size() == 0) {
            return;
        }
        Frame<SourceValue>[] sources;
        Frame<BasicValue>[] types;
        try {
            sources = new Analyzer<>(new SourceInterpreter()).analyze(owner.name, method);
            SimpleVerifier verifier = new SimpleVerifier(
                    org.objectweb.asm.Type.getObjectType(owner.name),
                    owner.superName == null ? null : org.objectweb.asm.Type.getObjectType(owner.superName),
                    owner.interfaces.stream()
                            .map(org.objectweb.asm.Type::getObjectType)
                            .toList(),
                    (owner.access & Opcodes.ACC_INTERFACE) != 0);
            verifier.setClassLoader(NativeRegistrationTest.class.getClassLoader());
            types = new Analyzer<>(verifier).analyze(owner.name, method);
        } catch (AnalyzerException e) {
            throw new AssertionError("cannot analyse " + owner.name + "." + method.name, e);
        }
        String where = owner.name.replace('/', '.') + "." + method.name;
        for (int i = 0; i < method.instructions.size(); i++) {
            AbstractInsnNode insn = method.instructions.get(i);
            if (!(insn instanceof MethodInsnNode call) || sources[i] == null) {
                continue;
            }
            boolean jackson = call.owner.startsWith(JACKSON);
            boolean response = call.owner.startsWith(RESPONSE); // Response and Response$ResponseBuilder
            Integer handedOn = passThrough.get(call.owner + "." + call.name + call.desc);
            if (!jackson && !response && handedOn == null) {
                continue;
            }
            org.objectweb.asm.Type[] params = org.objectweb.asm.Type.getArgumentTypes(call.desc);
            int base = sources[i].getStackSize() - params.length;
            for (int p = 0; p < params.length; p++) {
                String param = params[p].getDescriptor();
                boolean classArgument = jackson && param.equals("Ljava/lang/Class;");
                boolean valueArgument = ((jackson || response) && param.equals("Ljava/lang/Object;"))
                        || (handedOn != null && handedOn == p);
                if (classArgument) {
                    for (AbstractInsnNode source : sources[i].getStack(base + p).insns) {
                        if (source instanceof LdcInsnNode ldc
                                && ldc.cst instanceof org.objectweb.asm.Type t
                                && t.getInternalName().startsWith(APP)) {
                            roots.putIfAbsent(t.getClassName(), "class literal handed to Jackson in " + where);
                        }
                    }
                } else if (valueArgument) {
                    org.objectweb.asm.Type t = types[i].getStack(base + p).getType();
                    if (t != null && t.getSort() == org.objectweb.asm.Type.OBJECT) {
                        if (t.getInternalName().startsWith(APP)) {
                            roots.putIfAbsent(
                                    t.getClassName(),
                                    (response ? "entity of a Response in " : "value handed to Jackson in ") + where);
                        } else if (t.getInternalName().equals("java/lang/Object")) {
                            // a helper that passes its own parameter on: its callers' arguments count
                            Integer param0 = parameterIndex(method, sources[i].getStack(base + p));
                            if (param0 != null) {
                                passThrough.putIfAbsent(owner.name + "." + method.name + method.desc, param0);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The index of the method's own parameter this value is, when it is one (loaded unchanged from its slot). */
    static Integer parameterIndex(MethodNode method, SourceValue value) {
        if (value.insns.size() != 1 || !(value.insns.iterator().next() instanceof VarInsnNode load)) {
            return null;
        }
        boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
        int slot = isStatic ? 0 : 1;
        org.objectweb.asm.Type[] params = org.objectweb.asm.Type.getArgumentTypes(method.desc);
        for (int p = 0; p < params.length; p++) {
            if (slot == load.var) {
                return p;
            }
            slot += params[p].getSize();
        }
        return null;
    }

    static List<ClassNode> applicationClasses() throws IOException, URISyntaxException {
        Path root = Path.of(io.quizarena.bank.BankDocument.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<ClassNode> out = new ArrayList<>();
        Set<Path> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root.resolve(APP))) {
            walk.filter(f -> f.toString().endsWith(".class")).forEach(files::add);
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                ClassNode node = new ClassNode();
                new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
                out.add(node);
            }
        }
        return out;
    }

    static boolean isApplicationClass(Class<?> c) {
        return c.getName().startsWith("io.quizarena.");
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NativeRegistrationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
