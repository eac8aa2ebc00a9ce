package io.quizarena.deploy;

import io.quarkus.websockets.next.WebSocket;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The first path segment of everything the application serves to browsers and clients: its REST resources and
 * pages, its sockets, its static files and the web jars its pages load. Found in the compiled classes and resources.
 */
final class ApplicationPaths {

    private ApplicationPaths() {}

    /** The segments ("api", "ws", "join" ...); "" when the root page itself is served. */
    static Set<String> topSegments() throws IOException {
        Set<String> segments = new TreeSet<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("io/quizarena"))) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                segments.addAll(segmentsOf(load(name)));
            });
        }
        try (Stream<java.nio.file.Path> files = Files.list(classes.resolve("META-INF/resources"))) {
            files.forEach(file -> segments.add(file.getFileName().toString()));
        }
        try (Stream<java.nio.file.Path> templates = Files.walk(classes.resolve("templates"))) {
            boolean webjars = templates
                    .filter(Files::isRegularFile)
                    .anyMatch(file -> read(file).contains("/webjars/"));
            if (webjars) {
                segments.add("webjars");
            }
        }
        return segments;
    }

    private static Set<String> segmentsOf(Class<?> type) {
        Set<String> segments = new TreeSet<>();
        WebSocket socket = type.getAnnotation(WebSocket.class);
        if (socket != null) {
            segments.add(first(socket.path(), ""));
        }
        Path classPath = type.getAnnotation(Path.class);
        if (classPath == null) {
            return segments;
        }
        boolean anyMethod = false;
        for (Method method : type.getDeclaredMethods()) {
            Path methodPath = method.getAnnotation(Path.class);
            if (methodPath != null) {
                segments.add(first(classPath.value(), methodPath.value()));
                anyMethod = true;
            } else if (isResourceMethod(method)) {
                segments.add(first(classPath.value(), ""));
                anyMethod = true;
            }
        }
        if (!anyMethod) {
            segments.add(first(classPath.value(), ""));
        }
        return segments;
    }

    private static boolean isResourceMethod(Method method) {
        return Stream.of(method.getAnnotations())
                .anyMatch(annotation ->
                        annotation.annotationType().getPackageName().equals("jakarta.ws.rs")
                                && annotation.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
    }

    private static String first(String classPath, String methodPath) {
        String full = (classPath + "/" + methodPath).replaceAll("/+", "/").replaceAll("^/", "");
        int slash = full.indexOf('/');
        return slash < 0 ? full : full.substring(0, slash);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApplicationPaths.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(java.nio.file.Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
