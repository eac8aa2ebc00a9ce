package io.quizarena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.quizarena.cluster.ClusterNode;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests of k8s/, read with the fabric8 Kubernetes model (the base and the production overlay as kustomize
 * builds them), against the application's real configuration: probe paths, ports, environment, secrets, the drain's
 * time, the pods' restrictions, the autoscaler and budget, and what the production route lets in.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");

    /**
     * Secrets the operators of the production overlay create, with their keys: CloudNativePG makes {@code <cluster>-app}
     * for the cluster quiz-db (k8s/operators/postgres-cluster.yaml).
     */
    private static final Map<String, Set<String>> OPERATOR_SECRETS =
            Map.of("quiz-db-app", Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri"));

    private static ProdConfiguration config;
    private static List<HasMetadata> production;
    private static Deployment deployment;

    @BeforeAll
    static void build() throws IOException {
        config = ProdConfiguration.load();
        production = Kustomization.build(K8S.resolve("overlays/production"));
        deployment = Kustomization.one(production, Deployment.class, "quiz-arena");
    }

    @Test
    void everyManifestParses() throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(K8S)) {
            manifests = files.filter(file -> file.toString().matches(".*\\.ya?ml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                    .toList();
        }
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(7);
        for (Path manifest : manifests) {
            assertThat(Kustomization.read(manifest))
                    .as(manifest.toString())
                    .isNotEmpty()
                    .allSatisfy(resource -> {
                        assertThat(resource.getKind()).as(manifest + ": kind").isNotBlank();
                        assertThat(resource.getMetadata().getName())
                                .as(manifest + ": name")
                                .isNotBlank();
                    });
        }
        // the base alone builds too (an overlay of its own may use it)
        assertThat(Kustomization.build(K8S.resolve("base"))).isNotEmpty();
    }

    @Test
    void probesAskTheHealthChecksOnTheHttpPort() {
        Container app = appContainer();
        int port = config.httpPort();
        assertThat(app.getPorts())
                .anySatisfy(p -> assertThat(p.getContainerPort()).isEqualTo(port));
        assertProbe(app.getLivenessProbe(), config.healthPath("live"), port);
        assertProbe(app.getReadinessProbe(), config.healthPath("ready"), port);
        assertProbe(app.getStartupProbe(), config.healthPath("started"), port);
        Service service = Kustomization.one(production, Service.class, "quiz-arena");
        assertThat(service.getSpec().getPorts())
                .anySatisfy(p -> assertThat(p.getTargetPort().getIntVal()).isEqualTo(port));
    }

    private static void assertProbe(Probe probe, String path, int port) {
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).isEqualTo(path);
        assertThat(get.getPort().getIntVal()).isEqualTo(port);
    }

    @Test
    void everyVariableTheProdBuildRequiresReachesThePodsAndTheMigrationJob() {
        Set<String> required = config.requiredVariables();
        assertThat(required)
                .as("derived from application.properties")
                .contains("QUIZ_DB_PASSWORD", "QUIZ_OIDC_SECRET", "ARENA_ROOM_GUEST_SECRET", "ARENA_CLUSTER_SECRET");
        assertThat(providedVariables(appContainer())).containsAll(required);
        Job migration = Kustomization.one(production, Job.class, "quiz-arena-flyway-init");
        assertThat(providedVariables(migration
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)))
                .containsAll(required);
    }

    @Test
    void everySecretTheManifestsReferToExistsWithItsKeys() {
        List<Container> containers = Stream.concat(
                        Stream.of(appContainer()),
                        Kustomization.all(production, Job.class).stream()
                                .flatMap(job -> job.getSpec().getTemplate().getSpec().getContainers().stream()))
                .toList();
        for (Container container : containers) {
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getSecretRef() != null) {
                    assertThat(secretKeys(source.getSecretRef().getName()))
                            .as("secret " + source.getSecretRef().getName())
                            .isNotEmpty();
                }
            }
            for (EnvVar variable : container.getEnv()) {
                if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                    var ref = variable.getValueFrom().getSecretKeyRef();
                    assertThat(secretKeys(ref.getName()))
                            .as(variable.getName() + " from secret " + ref.getName())
                            .contains(ref.getKey());
                }
            }
        }
    }

    @Test
    void podsGetLongEnoughToDrainTheirRooms() throws NoSuchMethodException {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        long preStop = appContainer().getLifecycle().getPreStop().getSleep().getSeconds();
        Duration drain = duration(config.value("arena.cluster.drain")
                .orElse(ClusterNode.Config.class
                        .getMethod("drain")
                        .getAnnotation(WithDefault.class)
                        .value()));
        Duration delay = duration(config.value("quarkus.shutdown.delay", "0s"));
        Duration inFlight = duration(config.value("quarkus.shutdown.timeout", "30s"));
        long needed = preStop + drain.plus(delay).plus(inFlight).toSeconds();
        assertThat(pod.getTerminationGracePeriodSeconds())
                .as("preStop %d s + drain %s + delay %s + in flight %s", preStop, drain, delay, inFlight)
                .isGreaterThanOrEqualTo(needed);
    }

    @Test
    void podsRunAsNonRootOnAReadOnlyRootFileSystemWithAWritableTmp() {
        for (PodSpec pod : List.of(
                deployment.getSpec().getTemplate().getSpec(),
                Kustomization.one(production, Job.class, "quiz-arena-flyway-init")
                        .getSpec()
                        .getTemplate()
                        .getSpec())) {
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            Container container = pod.getContainers().get(0);
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                    .isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation())
                    .isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop())
                    .contains("ALL");
            VolumeMount tmp = container.getVolumeMounts().stream()
                    .filter(mount -> mount.getMountPath().equals("/tmp"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no /tmp in " + container.getName()));
            Volume volume = pod.getVolumes().stream()
                    .filter(v -> v.getName().equals(tmp.getName()))
                    .findFirst()
                    .orElseThrow();
            assertThat(volume.getEmptyDir()).isNotNull();
        }
    }

    @Test
    void anAutoscalerAndABudgetKeepThePodsUpOneDrainAtATime() {
        HorizontalPodAutoscaler autoscaler = Kustomization.one(production, HorizontalPodAutoscaler.class, "quiz-arena");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName())
                .isEqualTo(deployment.getMetadata().getName());
        assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(autoscaler.getSpec().getMaxReplicas())
                .isGreaterThan(autoscaler.getSpec().getMinReplicas());
        assertThat(appContainer().getResources().getRequests())
                .as("CPU utilisation needs a CPU request")
                .containsKey("cpu");
        assertThat(deployment.getSpec().getReplicas())
                .as("the autoscaler owns the replicas")
                .isNull();

        PodDisruptionBudget budget = Kustomization.one(production, PodDisruptionBudget.class, "quiz-arena");
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
    }

    @Test
    void theProductionRouteLetsInTheApplicationButNotHealthOrMetrics() throws IOException {
        HTTPRoute route = Kustomization.one(production, HTTPRoute.class, "quiz-arena");
        List<HTTPPathMatch> paths = route.getSpec().getRules().stream()
                .flatMap(rule -> rule.getMatches().stream())
                .map(match -> match.getPath())
                .toList();
        assertThat(paths).allSatisfy(path -> {
            assertThat(path.getValue()).isNotEqualTo("/q").doesNotStartWith("/q/");
            assertThat(path.getType().equals("PathPrefix") && path.getValue().equals("/"))
                    .as("a catch-all prefix also routes /q/health and /q/metrics")
                    .isFalse();
        });
        Set<String> routed = paths.stream()
                .map(path -> path.getType().equals("Exact") && path.getValue().equals("/")
                        ? ""
                        : path.getValue().replaceAll("^/", ""))
                .collect(Collectors.toSet());
        Set<String> served = new HashSet<>(ApplicationPaths.topSegments());
        served.remove("q");
        assertThat(routed).as("the application's first path segments").containsAll(served);
    }

    private static Container appContainer() {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Set<String> providedVariables(Container container) {
        Set<String> names = new HashSet<>();
        container.getEnv().forEach(variable -> names.add(variable.getName()));
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getSecretRef() != null) {
                names.addAll(secretKeys(source.getSecretRef().getName()));
            }
        }
        return names;
    }

    private static Set<String> secretKeys(String name) {
        if (OPERATOR_SECRETS.containsKey(name)) {
            return OPERATOR_SECRETS.get(name);
        }
        return Kustomization.find(production, Secret.class, name)
                .map(secret -> {
                    Set<String> keys = new HashSet<>();
                    if (secret.getStringData() != null) {
                        keys.addAll(secret.getStringData().keySet());
                    }
                    if (secret.getData() != null) {
                        keys.addAll(secret.getData().keySet());
                    }
                    return keys;
                })
                .orElse(Set.of());
    }

    private static Duration duration(String text) {
        return Duration.parse("PT" + text.toUpperCase(java.util.Locale.ROOT));
    }
}
