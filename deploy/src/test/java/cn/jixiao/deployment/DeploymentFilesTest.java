package cn.jixiao.deployment;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What can be checked of deploy/compose.yaml and deploy/k8s without a cluster, a registry or a Docker engine: every
 * file parses, and carries what an operator relies on (probes on the right groups, resources, a non-root
 * read-only container with a writable /tmp, selectors that meet, secrets by reference, a replica set of three).
 */
class DeploymentFilesTest {

    static final Path DEPLOY = Path.of(System.getProperty("user.dir"));
    static final Path K8S = DEPLOY.resolve("k8s");
    static final String APP = "jixiao";

    @Test
    void everyKubernetesManifestParsesAndTheWholeSetIsThere() throws IOException {
        assertThat(manifests()).extracting(m -> m.get("kind")).contains("Namespace", "ConfigMap", "Deployment",
                "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy");
        assertThat(manifests()).allSatisfy(m -> assertThat(m).containsKeys("apiVersion", "kind", "metadata"));
    }

    @Test
    void theDeploymentProbesLivenessAndReadinessSeparatelyWithinBoundedResources() throws IOException {
        Map<String, Object> container = container();
        assertThat(path(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        assertThat(path(container, "readinessProbe.httpGet.port")).isEqualTo("http");
        assertThat(maps(container, "ports")).anySatisfy(port -> assertThat(port)
                .containsEntry("name", "http").containsEntry("containerPort", 8080));
        assertThat(path(container, "resources.requests.cpu")).isNotNull();
        assertThat(path(container, "resources.requests.memory")).isNotNull();
        assertThat(path(container, "resources.limits.memory")).isNotNull();
        assertThat(number(deployment(), "spec.template.spec.terminationGracePeriodSeconds"))
                .as("longer than the 30 s of graceful shutdown").isGreaterThan(30);
    }

    @Test
    void theContainerRunsNonRootOnAReadOnlyRootFileSystemWithAWritableTmp() throws IOException {
        Map<String, Object> pod = map(deployment(), "spec.template.spec");
        Map<String, Object> container = container();
        assertThat(path(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat(number(pod, "securityContext.runAsUser")).isPositive();
        assertThat(path(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(path(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(strings(container, "securityContext.capabilities.drop")).contains("ALL");
        assertThat(maps(container, "volumeMounts")).anySatisfy(mount -> assertThat(mount)
                .containsEntry("mountPath", "/tmp").containsEntry("name", "tmp"));
        assertThat(maps(pod, "volumes")).anySatisfy(volume -> assertThat(volume)
                .containsEntry("name", "tmp").containsKey("emptyDir"));
    }

    @Test
    void secretsAreReferencedNeverWrittenDown() throws IOException {
        assertThat(manifests()).extracting(m -> m.get("kind")).doesNotContain("Secret");
        List<Map<String, Object>> env = maps(container(), "env");
        assertThat(env).extracting(e -> e.get("name")).contains("MONGODB_URI", "JIXIAO_AUDIT_SIGNING_KEY");
        assertThat(env).allSatisfy(e -> assertThat(path(e, "valueFrom.secretKeyRef.name")).isEqualTo("jixiao-secrets"));
        assertThat(maps(container(), "envFrom")).anySatisfy(from ->
                assertThat(path(from, "configMapRef.name")).isEqualTo("jixiao-config"));
        Map<String, Object> config = manifest("ConfigMap");
        assertThat(map(config, "data")).containsKeys("JIXIAO_OIDC_ISSUER_URI", "JIXIAO_OIDC_AUDIENCE",
                "JIXIAO_CLAIM_ROLES", "LOG_FORMAT");
    }

    @Test
    void serviceDisruptionBudgetAutoscalerAndNetworkPolicySelectTheDeploymentsPods() throws IOException {
        Map<String, Object> labels = map(deployment(), "spec.template.metadata.labels");
        assertThat(labels).containsAllEntriesOf(map(deployment(), "spec.selector.matchLabels"));
        assertThat(labels).containsAllEntriesOf(map(manifest("Service"), "spec.selector"));
        assertThat(labels).containsAllEntriesOf(map(manifest("PodDisruptionBudget"), "spec.selector.matchLabels"));
        assertThat(labels).containsAllEntriesOf(map(manifest("NetworkPolicy"), "spec.podSelector.matchLabels"));
        assertThat(maps(manifest("Service"), "spec.ports"))
                .anySatisfy(port -> assertThat(port).containsEntry("targetPort", "http"));
        Map<String, Object> hpa = manifest("HorizontalPodAutoscaler");
        assertThat(path(hpa, "spec.scaleTargetRef.name")).isEqualTo(path(deployment(), "metadata.name"));
        assertThat(number(hpa, "spec.minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat(number(manifest("PodDisruptionBudget"), "spec.minAvailable"))
                .isLessThan(number(hpa, "spec.minReplicas"));
        assertThat(strings(manifest("NetworkPolicy"), "spec.policyTypes")).contains("Ingress", "Egress");
    }

    @Test
    void kustomizeRendersTheSetWhereKubectlIsInstalled() throws Exception {
        Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(kubectl != null, "kubectl is not installed");
        Process render = new ProcessBuilder(kubectl.toString(), "kustomize", K8S.toString())
                .redirectErrorStream(true).start();
        String output = new String(render.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).as(output).isZero();
        assertThat(output).contains("kind: Deployment", "namespace: jixiao", "image: registry.example.gov.cn/jixiao/jixiao:");
    }

    @Test
    void composeRunsTwoInstancesOnAThreeMemberReplicaSetBehindAProxy() throws IOException {
        Map<String, Object> compose = load(DEPLOY.resolve("compose.yaml")).get(0);
        Map<String, Object> services = map(compose, "services");
        for (String member : List.of("mongo1", "mongo2", "mongo3")) {
            assertThat(String.join(" ", strings(services, member + ".command"))).contains("--replSet rs0");
        }
        assertThat(String.join(" ", strings(services, "mongo-init.command")))
                .contains("rs.initiate", "mongo1:27017", "mongo2:27017", "mongo3:27017");
        for (String instance : List.of("jixiao-a", "jixiao-b")) {
            Map<String, Object> service = map(services, instance);
            assertThat(String.valueOf(path(service, "environment.MONGODB_URI")))
                    .contains("mongo1:27017", "mongo2:27017", "mongo3:27017", "replicaSet=rs0");
            assertThat(path(service, "environment.JIXIAO_AUDIT_SIGNING_KEY")).as("one key for both").isNotNull();
            assertThat(path(service, "read_only")).isEqualTo(true);
            assertThat(String.valueOf(service.get("user"))).doesNotStartWith("0").doesNotStartWith("root");
            assertThat(path(service, "depends_on.mongo-init.condition")).isEqualTo("service_completed_successfully");
        }
        String proxy = Files.readString(DEPLOY.resolve("proxy/nginx.conf"));
        assertThat(proxy).contains("server jixiao-a:8080", "server jixiao-b:8080", "proxy_buffering off");
        assertThat(strings(services, "proxy.volumes")).anySatisfy(volume -> assertThat(volume).contains("nginx.conf"));
    }

    private static Map<String, Object> deployment() throws IOException {
        return manifest("Deployment");
    }

    private static Map<String, Object> container() throws IOException {
        List<Map<String, Object>> containers = maps(deployment(), "spec.template.spec.containers");
        return containers.stream().filter(c -> APP.equals(c.get("name"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> manifest(String kind) throws IOException {
        return manifests().stream().filter(m -> kind.equals(m.get("kind"))).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> manifests() throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.endsWith("kustomization.yaml")).sorted().toList()) {
                all.addAll(load(file));
            }
        }
        return all;
    }

    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document != null) {
                    Map<String, Object> map = cast(document);
                    documents.add(map);
                }
            }
        }
        assertThat(documents).as(file + " holds a document").isNotEmpty();
        return documents;
    }

    /** Follows a dotted path of map keys; the last step may be any value. */
    private static Object path(Map<String, Object> root, String dotted) {
        Object value = root;
        for (String key : dotted.split("\\.")) {
            assertThat(value).as("%s has a map before '%s'", dotted, key).isInstanceOf(Map.class);
            value = ((Map<?, ?>) value).get(key);
        }
        return value;
    }

    private static Map<String, Object> map(Map<String, Object> root, String dotted) {
        Object value = path(root, dotted);
        assertThat(value).as(dotted).isInstanceOf(Map.class);
        return cast(value);
    }

    private static List<Map<String, Object>> maps(Map<String, Object> root, String dotted) {
        Object value = path(root, dotted);
        assertThat(value).as(dotted).isInstanceOf(List.class);
        return cast(value);
    }

    private static List<String> strings(Map<String, Object> root, String dotted) {
        Object value = path(root, dotted);
        assertThat(value).as(dotted).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static int number(Map<String, Object> root, String dotted) {
        Object value = path(root, dotted);
        assertThat(value).as(dotted).isInstanceOf(Integer.class);
        return (Integer) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
