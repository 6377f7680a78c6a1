package dev.careermentor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The Kubernetes manifests, as Kubernetes would take them and as the bot would: the base under
 * deploy/kubernetes/ and the example overlays under deploy/kubernetes-examples/ (beside the base, since
 * kustomize refuses an overlay inside its base's folder). Every document is parsed into the fabric8 model
 * strictly (an unknown or misspelled field, a number where Kubernetes wants a string, a repeated key all
 * fail), every file is in its folder's kustomization, and the bot's containers are read the way {@link Config}
 * reads them: the probes ask {@link OpsServer}'s paths on the port the bot listens on, the Slack port is the
 * one Slack's Service sends to, every variable is one the bot reads, every {@code _FILE} is a key of a
 * mounted Secret, the knowledge is a ConfigMap folder (no subPath, so updates arrive), and the Discord shard
 * wrapper gives the pods disjoint shard ranges that together cover every shard.
 */
class KubernetesManifestsTest {
    /** Variables of the bot's containers read by the image's start command or the shard wrapper, not the bot. */
    private static final Set<String> NOT_THE_BOTS = Set.of("JAVA_OPTS", "POD_NAME", "SHARDS_PER_POD");

    /**
     * Read as plain variables only, by the logging set-up and the image's health check (docs/configuration.md):
     * given through {@code _FILE} or {@code valueFrom} they would not reach those readers.
     */
    private static final Set<String> PLAIN_ONLY =
            Set.of("MENTOR_OPS_HOST", "MENTOR_OPS_PORT", "MENTOR_LOG_LEVEL", "MENTOR_LOG_FORMAT");

    /** Secrets the bot reads, which must come from a mounted Secret, never as a value in a manifest. */
    private static final Set<String> SECRETS = Set.of(
            "SLACK_BOT_TOKEN",
            "SLACK_SIGNING_SECRET",
            "SLACK_APP_TOKEN",
            "SLACK_CLIENT_SECRET",
            "DISCORD_TOKEN",
            "MENTOR_DATABASE_PASSWORD");

    private static final String IMAGE = "career-mentor";
    private static final String KNOWLEDGE_CONFIG_MAP = "career-mentor-knowledge";
    /** The image's user and group (Dockerfile). */
    private static final long IMAGE_UID = 10001;

    private static final List<String> FOLDERS = List.of("deploy/kubernetes", "deploy/kubernetes-examples");

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "apps/v1 Deployment", Deployment.class,
            "apps/v1 StatefulSet", StatefulSet.class,
            "v1 Service", Service.class,
            "v1 Secret", Secret.class,
            "v1 ConfigMap", ConfigMap.class,
            "v1 Namespace", Namespace.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class);

    /** The kustomization fields these folders use; anything else is a typo or needs a look here. */
    private static final Set<String> KUSTOMIZATION_FIELDS =
            Set.of("apiVersion", "kind", "namespace", "resources", "patches", "images");

    /** YAML as kubectl reads it, and a repeated key is an error rather than the last one winning. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /**
     * Into the fabric8 model the way the API server decodes: fabric8's classes keep unknown fields in
     * {@code additionalProperties}, so the any-setter is taken away and unknown fields fail; and a number or a
     * boolean where a string belongs (an env value, a label) fails, as Kubernetes refuses it.
     */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("no-additional-properties").setDeserializerModifier(new NoAnySetter()))
            .withCoercionConfig(
                    LogicalType.Textual,
                    c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();

    private static final class NoAnySetter extends ValueDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public BeanDeserializerBuilder updateBuilder(
                DeserializationConfig config,
                tools.jackson.databind.BeanDescription.Supplier bean,
                BeanDeserializerBuilder builder) {
            builder.setAnySetter(null);
            return builder;
        }
    }

    @TempDir
    Path tmp;

    /** One document of a manifest file. {@code patch}: listed under a kustomization's patches, not a resource. */
    record Manifest(Path file, int document, HasMetadata resource, boolean patch) {
        String where() {
            return root().relativize(file) + (document > 0 ? " (document " + (document + 1) + ")" : "") + ": "
                    + resource.getKind() + " " + resource.getMetadata().getName();
        }
    }

    /** A workload running the bot's image, with what the bot would see in its container. */
    record Bot(Manifest manifest, PodTemplateSpec template, Container container, String podName) {
        PodSpec pod() {
            return template.getSpec();
        }

        String where() {
            return manifest.where();
        }
    }

    // ---- Reading ------------------------------------------------------------------------------------------

    static Path root() {
        Path up = Path.of("..").toAbsolutePath().normalize();
        return Files.isDirectory(up.resolve("deploy")) ? up : Path.of("").toAbsolutePath();
    }

    static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> s = Files.walk(root().resolve(folder))) {
                s.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    static boolean isKustomization(Path file) {
        return file.getFileName().toString().matches("(kustomization|Kustomization)\\.ya?ml");
    }

    static List<JsonNode> documents(Path file) throws IOException {
        return documents(Files.readString(file));
    }

    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) docs.add(doc);
            }
        }
        return docs;
    }

    /** One document into its fabric8 class, strictly; throws naming the field that Kubernetes would refuse. */
    static HasMetadata parse(JsonNode doc) {
        String key = doc.path("apiVersion").asText() + " " + doc.path("kind").asText();
        Class<? extends HasMetadata> type = KINDS.get(key);
        if (type == null) throw new IllegalArgumentException("not a kind these manifests use: " + key);
        HasMetadata resource = STRICT.readValue(doc.toString(), type);
        if (resource.getMetadata() == null || resource.getMetadata().getName() == null) {
            throw new IllegalArgumentException(key + " without metadata.name");
        }
        return resource;
    }

    /** Every document of every manifest (kustomization files aside), parsed; any failure fails the test. */
    static List<Manifest> manifests() throws IOException {
        Set<Path> patches = new TreeSet<>();
        for (Path k : yamlFiles()) {
            if (!isKustomization(k)) continue;
            for (JsonNode p : documents(k).get(0).path("patches")) {
                patches.add(k.getParent().resolve(p.path("path").asText()).normalize());
            }
        }
        List<Manifest> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (isKustomization(file)) continue;
            List<JsonNode> docs = documents(file);
            if (docs.isEmpty()) problems.add(root().relativize(file) + ": no document");
            for (int i = 0; i < docs.size(); i++) {
                try {
                    all.add(new Manifest(file, i, parse(docs.get(i)), patches.contains(file)));
                } catch (RuntimeException e) {
                    problems.add(root().relativize(file) + " (document " + (i + 1) + "): " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems, "manifests Kubernetes would refuse");
        return all;
    }

    static <T extends HasMetadata> List<T> all(List<Manifest> manifests, Class<T> type) {
        return manifests.stream()
                .filter(m -> !m.patch())
                .map(Manifest::resource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** The workloads running the bot's image, each with the name one of its pods gets. */
    static List<Bot> bots(List<Manifest> manifests) {
        List<Bot> bots = new ArrayList<>();
        for (Manifest m : manifests) {
            if (m.patch()) continue;
            PodTemplateSpec template;
            String podName;
            if (m.resource() instanceof Deployment d) {
                template = d.getSpec().getTemplate();
                podName = d.getMetadata().getName() + "-5d8f7c9b6-x2k4p";
            } else if (m.resource() instanceof StatefulSet s) {
                template = s.getSpec().getTemplate();
                podName = s.getMetadata().getName() + "-0";
            } else {
                continue;
            }
            for (Container c : template.getSpec().getContainers()) {
                if (c.getImage().startsWith(IMAGE + ":")) bots.add(new Bot(m, template, c, podName));
            }
        }
        return bots;
    }

    /** Every Secret's keys and values, as the pods would see them mounted (patches aside). */
    static Map<String, Map<String, String>> secrets(List<Manifest> manifests) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Secret s : all(manifests, Secret.class)) {
            Map<String, String> values = new LinkedHashMap<>();
            if (s.getData() != null) {
                s.getData()
                        .forEach((k, v) ->
                                values.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
            }
            if (s.getStringData() != null) values.putAll(s.getStringData());
            out.put(s.getMetadata().getName(), values);
        }
        return out;
    }

    record SecretFile(String secret, String key) {}

    /**
     * Which Secret key a path in the container is: it must lie directly under a read-only mount of a Secret
     * volume (no subPath), and name one of its keys (or one of its items' paths).
     */
    static SecretFile secretFile(Bot bot, String path) {
        for (VolumeMount mount : bot.container().getVolumeMounts()) {
            String dir = mount.getMountPath();
            if (!path.startsWith(dir + "/")) continue;
            String rest = path.substring(dir.length() + 1);
            assertFalse(rest.contains("/"), bot.where() + ": " + path + " is not a file directly in " + dir);
            assertEquals(null, mount.getSubPath(), bot.where() + ": the mount at " + dir + " has a subPath");
            assertEquals(true, mount.getReadOnly(), bot.where() + ": mount the Secret at " + dir + " read-only");
            Volume volume = volume(bot.pod(), mount.getName());
            assertNotNull(volume.getSecret(), bot.where() + ": " + dir + " is not a Secret volume");
            String key = rest;
            List<KeyToPath> items = volume.getSecret().getItems();
            if (items != null && !items.isEmpty()) {
                key = items.stream()
                        .filter(i -> i.getPath().equals(rest))
                        .map(KeyToPath::getKey)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(bot.where() + ": no item of the Secret gives " + path));
            }
            return new SecretFile(volume.getSecret().getSecretName(), key);
        }
        throw new AssertionError(bot.where() + ": " + path + " is under no mounted Secret");
    }

    static Volume volume(PodSpec pod, String name) {
        return pod.getVolumes().stream()
                .filter(v -> v.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + name));
    }

    /**
     * The container's environment as the bot would see it: the plain values, the pod's own fields, each
     * {@code _FILE} pointed at a file holding the (example) value of the Secret key it names, and what the
     * shard wrapper (if the container has one) exports before it starts java.
     */
    Map<String, String> environment(Bot bot, Map<String, Map<String, String>> secrets) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_OPTS", ""); // the image's ENV
        for (EnvVar v : bot.container().getEnv()) {
            if (v.getValueFrom() != null) {
                assertNotNull(v.getValueFrom().getFieldRef(), bot.where() + ": " + v.getName() + " comes from where?");
                assertEquals("metadata.name", v.getValueFrom().getFieldRef().getFieldPath(), v.getName());
                env.put(v.getName(), bot.podName());
            } else if (v.getName().endsWith("_FILE")) {
                SecretFile f = secretFile(bot, v.getValue());
                Map<String, String> secret = secrets.get(f.secret());
                assertNotNull(secret, bot.where() + ": no manifest defines the Secret " + f.secret());
                String value = secret.get(f.key());
                assertNotNull(value, bot.where() + ": the Secret " + f.secret() + " has no key " + f.key());
                Path file = tmp.resolve(f.secret()).resolve(f.key());
                Files.createDirectories(file.getParent());
                Files.writeString(file, value);
                env.put(v.getName(), file.toString());
            } else {
                env.put(v.getName(), v.getValue() == null ? "" : v.getValue());
            }
        }
        if (!script(bot).isEmpty()) {
            Run run = wrapper("/bin/sh", bot, fakeJava(), env);
            assertEquals(0, run.exit(), bot.where() + ": the wrapper: " + run.stderr());
            String exported = run.stdout().lines().findFirst().orElse("");
            env.put("DISCORD_SHARD_IDS", exported.substring(exported.indexOf('=') + 1));
        }
        return env;
    }

    static String plainValue(Bot bot, String name) {
        return bot.container().getEnv().stream()
                .filter(v -> v.getName().equals(name))
                .map(EnvVar::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError(bot.where() + ": " + name + " is not set"));
    }

    /** A probe's or Service's port, a number or the name of one of the container's ports, as a number. */
    static int port(Container c, IntOrString port) {
        if (port.getIntVal() != null) return port.getIntVal();
        return c.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no port named " + port.getStrVal()));
    }

    static int namedPort(Bot bot, String name) {
        return port(bot.container(), new IntOrString(name));
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    /** The image's ENTRYPOINT (Dockerfile, JSON form, continuation lines joined as docker joins them). */
    static List<String> entrypoint() throws IOException {
        String dockerfile = Files.readString(root().resolve("Dockerfile")).replace("\\\n", "");
        Matcher m = Pattern.compile("(?m)^ENTRYPOINT (\\[.*])$").matcher(dockerfile);
        assertTrue(m.find(), "the Dockerfile's ENTRYPOINT in JSON form");
        List<String> out = new ArrayList<>();
        new ObjectMapper().readTree(m.group(1)).forEach(n -> out.add(n.asText()));
        return out;
    }

    static String lastLine(String script) {
        List<String> lines = script.strip().lines().toList();
        return lines.get(lines.size() - 1).strip();
    }

    // ---- The manifests as Kubernetes takes them ------------------------------------------------------------

    @Test
    void everyManifestParsesIntoTheKubernetesModelWithNoUnknownField() throws IOException {
        List<Manifest> manifests = manifests();
        Set<String> kinds = new TreeSet<>();
        manifests.forEach(m -> kinds.add(m.resource().getKind()));
        assertEquals(
                new TreeSet<>(
                        Set.of("Deployment", "StatefulSet", "Service", "PodDisruptionBudget", "Secret", "Namespace")),
                kinds);
        assertEquals(2, bots(manifests).size(), "the Slack Deployment and the Discord StatefulSet");
    }

    @Test
    void theStrictReadingRefusesWhatKubernetesWould() throws IOException {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: bot
                          image: career-mentor:1
                          %s
                """;
        assertEquals(
                "/health/ready",
                ((Deployment) parse(documents(deployment.formatted(
                                        "readinessProbe: {httpGet: {path: /health/ready, " + "port: ops}}"))
                                .get(0)))
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getReadinessProbe()
                        .getHttpGet()
                        .getPath());
        // A misspelled field, which fabric8 alone would keep in additionalProperties.
        String typo = deployment.formatted("readinesProbe: {httpGet: {path: /health/ready, port: ops}}");
        assertTrue(
                assertThrows(RuntimeException.class, () -> parse(documents(typo).get(0)))
                        .getMessage()
                        .contains("readinesProbe"));
        // A number as an env value: the API server wants a string.
        String number = deployment.formatted("env: [{name: MENTOR_OPS_PORT, value: 9090}]");
        assertThrows(RuntimeException.class, () -> parse(documents(number).get(0)));
        // A string where a boolean belongs.
        String bool = deployment.formatted("stdin: \"yes\"");
        assertThrows(RuntimeException.class, () -> parse(documents(bool).get(0)));
        // The same key twice: YAML parsers disagree on which wins.
        String twice = deployment.formatted("image: career-mentor:2");
        assertThrows(IOException.class, () -> documents(twice));
        assertThrows(
                IllegalArgumentException.class,
                () -> parse(documents("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n")
                        .get(0)));
    }

    @Test
    void everyFileIsInItsFoldersKustomizationAndEveryEntryExists() throws IOException {
        Set<Path> folders = new TreeSet<>();
        for (Path f : yamlFiles()) folders.add(f.getParent());
        for (Path folder : folders) {
            Path k = folder.resolve("kustomization.yaml");
            assertTrue(Files.isRegularFile(k), root().relativize(folder) + " has manifests but no kustomization.yaml");
            JsonNode kustomization = documents(k).get(0);
            assertEquals(
                    "kustomize.config.k8s.io/v1beta1",
                    kustomization.path("apiVersion").asText(),
                    k.toString());
            assertEquals("Kustomization", kustomization.path("kind").asText(), k.toString());
            kustomization
                    .fieldNames()
                    .forEachRemaining(field -> assertTrue(
                            KUSTOMIZATION_FIELDS.contains(field),
                            root().relativize(k) + ": unexpected field " + field));
            Set<String> listed = new TreeSet<>();
            for (JsonNode r : kustomization.path("resources")) {
                Path target = folder.resolve(r.asText()).normalize();
                if (Files.isDirectory(target)) {
                    assertTrue(
                            Files.isRegularFile(target.resolve("kustomization.yaml")),
                            root().relativize(k) + ": " + r.asText() + " is a folder without a kustomization");
                } else {
                    assertTrue(Files.isRegularFile(target), root().relativize(k) + ": " + r.asText() + " is missing");
                    listed.add(r.asText());
                }
            }
            for (JsonNode p : kustomization.path("patches")) {
                String path = p.path("path").asText();
                assertTrue(
                        Files.isRegularFile(folder.resolve(path)), root().relativize(k) + ": " + path + " is missing");
                listed.add(path);
            }
            Set<String> present = new TreeSet<>();
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml") && !isKustomization(p))
                        .forEach(p -> present.add(p.getFileName().toString()));
            }
            assertEquals(present, listed, root().relativize(k) + " lists every manifest beside it, and only those");
        }
        assertTrue(folders.contains(root().resolve("deploy/kubernetes")), "the base");
    }

    @Test
    void theBaseSetsNoNamespace() throws IOException {
        Path base = root().resolve("deploy/kubernetes");
        assertTrue(documents(base.resolve("kustomization.yaml"))
                .get(0)
                .path("namespace")
                .isMissingNode());
        for (Manifest m : manifests()) {
            if (m.file().getParent().equals(base)) {
                assertEquals(null, m.resource().getMetadata().getNamespace(), m.where());
            }
        }
    }

    // ---- The bot's containers as the bot reads them --------------------------------------------------------

    @Test
    void theBotAcceptsTheSettingsTheManifestsGiveIt() throws IOException {
        List<Manifest> manifests = manifests();
        Map<String, Map<String, String>> secrets = secrets(manifests);
        for (Bot bot : bots(manifests)) {
            Map<String, String> env = environment(bot, secrets);
            Config config = assertDoesNotThrowConfig(bot, env);
            assertTrue(
                    Set.of("0.0.0.0", "::").contains(config.opsHost()),
                    bot.where() + ": the ops endpoint must listen on the pod's address for the kubelet's probes");
            assertFalse(config.terminalOnly(), bot.where() + ": a platform is configured");
            for (String name : PLAIN_ONLY) {
                bot.container().getEnv().stream()
                        .filter(v -> v.getName().equals(name) || v.getName().equals(name + "_FILE"))
                        .forEach(v -> {
                            assertEquals(name, v.getName(), bot.where() + ": " + name + " is read as a plain value");
                            assertEquals(null, v.getValueFrom(), bot.where() + ": " + name + " as a plain value");
                        });
            }
            for (EnvVar v : bot.container().getEnv()) {
                assertFalse(
                        SECRETS.contains(v.getName()),
                        bot.where() + ": " + v.getName() + " is a secret: mount it and set " + v.getName() + "_FILE");
            }
        }
    }

    private static Config assertDoesNotThrowConfig(Bot bot, Map<String, String> env) {
        try {
            return Config.from(env);
        } catch (ConfigException e) {
            throw new AssertionError(bot.where() + ": the bot would refuse to start: " + e.problems(), e);
        }
    }

    @Test
    void everyVariableTheManifestsSetIsOneTheBotReads() throws IOException {
        List<Manifest> manifests = manifests();
        Map<String, Map<String, String>> secrets = secrets(manifests);
        for (Bot bot : bots(manifests)) {
            Map<String, String> env = environment(bot, secrets);
            Set<String> unknown = new TreeSet<>(Config.unknownVariables(env));
            assertEquals(Set.of(), unknown, bot.where() + ": variables the bot does not read");
            String script = script(bot);
            for (String name : env.keySet()) {
                if (name.startsWith("MENTOR_") || name.startsWith("SLACK_") || name.startsWith("DISCORD_")) continue;
                assertTrue(NOT_THE_BOTS.contains(name), bot.where() + ": " + name + " is read by nothing");
                if (!name.equals("JAVA_OPTS")) {
                    assertTrue(script.contains("${" + name), bot.where() + ": " + name + " is not read by the wrapper");
                }
            }
        }
    }

    @Test
    void theProbesAskTheOpsEndpointsPathsOnThePortTheBotListensOn() throws IOException {
        List<Manifest> manifests = manifests();
        Map<String, Map<String, String>> secrets = secrets(manifests);
        for (Bot bot : bots(manifests)) {
            Config config = Config.from(environment(bot, secrets));
            Container c = bot.container();
            assertEquals(config.opsPort(), namedPort(bot, "ops"), bot.where() + ": the ops container port");
            assertProbe(bot, "readiness", c.getReadinessProbe(), OpsServer.READY, config.opsPort());
            assertProbe(bot, "liveness", c.getLivenessProbe(), OpsServer.LIVE, config.opsPort());
            if (c.getStartupProbe() != null) {
                assertProbe(bot, "startup", c.getStartupProbe(), OpsServer.LIVE, config.opsPort());
            }
            // Liveness restarts the pod: it must give a stalled moment (a full GC, a slow node) some slack.
            Probe live = c.getLivenessProbe();
            assertTrue(live.getPeriodSeconds() * live.getFailureThreshold() >= 20, bot.where() + ": liveness slack");
            assertTrue(live.getTimeoutSeconds() >= 2, bot.where() + ": liveness timeout");
        }
    }

    private static void assertProbe(Bot bot, String what, @Nullable Probe probe, String path, int port) {
        assertNotNull(probe, bot.where() + ": a " + what + " probe");
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, bot.where() + ": the " + what + " probe asks the ops endpoint over HTTP");
        assertEquals(path, get.getPath(), bot.where() + ": the " + what + " probe's path");
        assertEquals(port, port(bot.container(), get.getPort()), bot.where() + ": the " + what + " probe's port");
        assertTrue(get.getScheme() == null || get.getScheme().equals("HTTP"), bot.where() + ": plain HTTP");
    }

    @Test
    void slackRequestsReachThePortTheBotListensOn() throws IOException {
        List<Manifest> manifests = manifests();
        Map<String, Map<String, String>> secrets = secrets(manifests);
        int slackBots = 0;
        for (Bot bot : bots(manifests)) {
            Config config = Config.from(environment(bot, secrets));
            if (config.slack() == null) continue;
            slackBots++;
            int port = config.slack().port();
            assertEquals(
                    port, namedPort(bot, "slack"), bot.where() + ": the Slack container port is MENTOR_SLACK_PORT");
            assertEquals("0.0.0.0", config.slack().host(), bot.where() + ": Slack listens on the pod's address");
            assertFalse(config.slack().socketMode(), bot.where() + ": HTTP mode behind a Service");
            List<Service> services = all(manifests, Service.class).stream()
                    .filter(s -> selects(
                            s.getSpec().getSelector(),
                            bot.template().getMetadata().getLabels()))
                    .toList();
            assertEquals(1, services.size(), bot.where() + ": one Service sends Slack's requests to these pods");
            List<ServicePort> ports = services.get(0).getSpec().getPorts();
            assertTrue(
                    ports.stream().anyMatch(p -> port(bot.container(), p.getTargetPort()) == port),
                    bot.where() + ": the Service's target port is the Slack port");
            assertTrue(
                    ports.stream().noneMatch(p -> port(bot.container(), p.getTargetPort()) == config.opsPort()),
                    bot.where() + ": the ops port (metrics) is not on the Slack Service");
        }
        assertEquals(1, slackBots);
    }

    @Test
    void secretsAreFilesInMountedSecretVolumesAndOnlyPlaceholdersAreCommitted() throws IOException {
        List<Manifest> manifests = manifests();
        Map<String, Map<String, String>> secrets = secrets(manifests);
        int files = 0;
        for (Bot bot : bots(manifests)) {
            for (EnvVar v : bot.container().getEnv()) {
                if (!v.getName().endsWith("_FILE")) continue;
                files++;
                SecretFile f = secretFile(bot, v.getValue());
                assertTrue(secrets.containsKey(f.secret()), bot.where() + ": an example of the Secret " + f.secret());
                assertTrue(secrets.get(f.secret()).containsKey(f.key()), bot.where() + ": " + f + " exists");
            }
            for (Volume v : bot.pod().getVolumes()) {
                if (v.getSecret() == null) continue;
                Integer mode = v.getSecret().getDefaultMode();
                assertNotNull(mode, bot.where() + ": set the Secret volume's defaultMode (0644 by default)");
                assertEquals(0, mode & 0007, bot.where() + ": " + v.getName() + " is readable by everyone");
                assertEquals(0040, mode & 0040, bot.where() + ": the fsGroup (the bot's group) reads " + v.getName());
            }
        }
        assertTrue(files >= 4, "tokens, signing secret and database settings come from files");
        Set<String> notSecret = Set.of("url", "user");
        for (Manifest m : manifests) {
            if (!(m.resource() instanceof Secret) || m.patch()) continue;
            secrets.get(m.resource().getMetadata().getName())
                    .forEach((key, value) -> assertTrue(
                            notSecret.contains(key) || value.contains("REPLACE"),
                            m.where() + ": " + key + " must be a placeholder (REPLACE...) in the repository"));
        }
    }

    @Test
    void theKnowledgeIsTheConfigMapMountedAsAFolderSoUpdatesArrive() throws IOException {
        List<Manifest> manifests = manifests();
        Map<String, Map<String, String>> secrets = secrets(manifests);
        for (Bot bot : bots(manifests)) {
            Config config = Config.from(environment(bot, secrets));
            assertTrue(config.watchKnowledge(), bot.where() + ": hot reload on");
            VolumeMount mount = bot.container().getVolumeMounts().stream()
                    .filter(m -> Path.of(m.getMountPath()).equals(config.knowledgeDir()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(bot.where() + ": nothing mounted at MENTOR_KNOWLEDGE_DIR"));
            assertEquals(
                    null,
                    mount.getSubPath(),
                    bot.where() + ": a subPath mount is copied at start and never sees the ConfigMap's updates");
            assertEquals(null, mount.getSubPathExpr(), bot.where());
            Volume volume = volume(bot.pod(), mount.getName());
            assertNotNull(volume.getConfigMap(), bot.where() + ": the knowledge is a ConfigMap");
            assertEquals(KNOWLEDGE_CONFIG_MAP, volume.getConfigMap().getName(), bot.where());
            assertTrue(
                    volume.getConfigMap().getItems() == null
                            || volume.getConfigMap().getItems().isEmpty(),
                    bot.where() + ": every key of the ConfigMap, so a new translation file needs no manifest change");
        }
        // The ConfigMap is made with kubectl from the knowledge folder (the README says how and why).
        String readme = Files.readString(root().resolve("deploy/kubernetes/README.md"));
        assertTrue(readme.contains("create configmap " + KNOWLEDGE_CONFIG_MAP), "README.md makes the ConfigMap");
        // A ConfigMap holds at most 1 MiB, keys and all.
        long bytes = Files.size(root().resolve("knowledge/knowledge.yaml"))
                + Files.size(root().resolve("knowledge/zh.yaml"));
        assertTrue(bytes < 900 * 1024, "the knowledge (" + bytes + " bytes) fits in a ConfigMap, with room");
    }

    @Test
    void podsRunAsTheImagesUserOnAReadOnlyRootWithWritableDataAndTmp() throws IOException {
        List<Manifest> manifests = manifests();
        Map<String, Map<String, String>> secrets = secrets(manifests);
        for (Bot bot : bots(manifests)) {
            Config config = Config.from(environment(bot, secrets));
            PodSecurityContext pod = bot.pod().getSecurityContext();
            assertEquals(true, pod.getRunAsNonRoot(), bot.where());
            assertEquals(IMAGE_UID, pod.getRunAsUser(), bot.where() + ": the image's user");
            assertEquals(IMAGE_UID, pod.getFsGroup(), bot.where() + ": Secret files and volumes for the bot's group");
            assertEquals(false, bot.pod().getAutomountServiceAccountToken(), bot.where());
            assertEquals(false, bot.pod().getEnableServiceLinks(), bot.where() + ": no MENTOR_* from Services");
            SecurityContext c = bot.container().getSecurityContext();
            assertEquals(true, c.getReadOnlyRootFilesystem(), bot.where());
            assertEquals(false, c.getAllowPrivilegeEscalation(), bot.where());
            assertEquals(List.of("ALL"), c.getCapabilities().getDrop(), bot.where());
            for (Path writable : List.of(config.dataDir(), Path.of("/tmp"))) {
                VolumeMount mount = bot.container().getVolumeMounts().stream()
                        .filter(m -> Path.of(m.getMountPath()).equals(writable))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(bot.where() + ": " + writable + " is not writable"));
                assertTrue(mount.getReadOnly() == null || !mount.getReadOnly(), bot.where() + ": " + writable);
                Volume v = volume(bot.pod(), mount.getName());
                assertTrue(
                        v.getEmptyDir() != null || v.getPersistentVolumeClaim() != null, bot.where() + ": " + writable);
            }
            assertNotNull(bot.container().getResources().getLimits().get("memory"), bot.where() + ": the heap");
        }
    }

    @Test
    void slackCopiesKeepCapacityThroughRolloutsAndDrains() throws IOException {
        List<Manifest> manifests = manifests();
        List<Deployment> deployments = all(manifests, Deployment.class);
        assertEquals(1, deployments.size());
        Deployment d = deployments.get(0);
        int replicas = d.getSpec().getReplicas();
        assertTrue(replicas >= 2, "two or more Slack copies");
        assertEquals("RollingUpdate", d.getSpec().getStrategy().getType());
        assertEquals(
                0,
                d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(),
                "a rollout starts a new copy before stopping an old one");
        Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(selects(d.getSpec().getSelector().getMatchLabels(), labels));
        List<PodDisruptionBudget> budgets = all(manifests, PodDisruptionBudget.class).stream()
                .filter(p -> selects(p.getSpec().getSelector().getMatchLabels(), labels))
                .toList();
        assertEquals(1, budgets.size(), "one PodDisruptionBudget for the Slack copies");
        IntOrString min = budgets.get(0).getSpec().getMinAvailable();
        IntOrString max = budgets.get(0).getSpec().getMaxUnavailable();
        assertTrue(
                (min != null && min.getIntVal() != null && min.getIntVal() >= 1 && min.getIntVal() < replicas)
                        || (max != null
                                && max.getIntVal() != null
                                && max.getIntVal() >= 1
                                && max.getIntVal() < replicas),
                "the budget keeps one copy up and still lets a drain proceed");
    }

    @Test
    void theDiscordShardPodsHaveTheirHeadlessService() throws IOException {
        List<Manifest> manifests = manifests();
        List<StatefulSet> sets = all(manifests, StatefulSet.class).stream()
                .filter(s -> s.getSpec().getTemplate().getSpec().getContainers().stream()
                        .anyMatch(c -> c.getImage().startsWith(IMAGE + ":")))
                .toList();
        assertEquals(1, sets.size());
        StatefulSet s = sets.get(0);
        Service headless = all(manifests, Service.class).stream()
                .filter(x -> x.getMetadata().getName().equals(s.getSpec().getServiceName()))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no Service " + s.getSpec().getServiceName()));
        assertEquals("None", headless.getSpec().getClusterIP(), "headless");
        assertTrue(selects(
                headless.getSpec().getSelector(),
                s.getSpec().getTemplate().getMetadata().getLabels()));
        assertTrue(all(manifests, PodDisruptionBudget.class).stream()
                .anyMatch(p -> selects(
                        p.getSpec().getSelector().getMatchLabels(),
                        s.getSpec().getTemplate().getMetadata().getLabels())));
    }

    @Test
    void theBotsImageIsThePomsVersion() throws IOException {
        String pom = Files.readString(root().resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>career-mentor-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(m.find());
        for (Bot bot : bots(manifests())) {
            assertEquals(IMAGE + ":" + m.group(1), bot.container().getImage(), bot.where());
        }
    }

    // ---- The Discord shard wrapper -------------------------------------------------------------------------

    static Bot shardBot(List<Manifest> manifests) {
        return bots(manifests).stream()
                .filter(b -> b.manifest().resource() instanceof StatefulSet)
                .findFirst()
                .orElseThrow();
    }

    /** The shell script a bot container runs instead of the image's entrypoint, or "" when it runs that. */
    static String script(Bot bot) {
        List<String> command = bot.container().getCommand();
        return command == null || command.size() < 3 ? "" : command.get(2);
    }

    @Test
    void theShardWrapperEndsInTheImagesOwnStartCommand() throws IOException {
        List<String> entrypoint = entrypoint();
        Bot bot = shardBot(manifests());
        List<String> command = bot.container().getCommand();
        assertEquals(4, command.size(), "sh, -c, the script, and its $0");
        assertEquals(entrypoint.subList(0, 2), command.subList(0, 2), "the image's shell");
        assertEquals(entrypoint.get(3), command.get(3), "the image's $0");
        assertEquals(
                entrypoint.get(2),
                lastLine(command.get(2)),
                "the wrapper's last line is the Dockerfile's ENTRYPOINT word for word: copy the new one into "
                        + "deploy/kubernetes/discord-statefulset.yaml");
        assertTrue(
                bot.container().getArgs() == null || bot.container().getArgs().isEmpty(), "no args: run");
        // The Slack copies run the image's entrypoint itself.
        for (Bot other : bots(manifests())) {
            if (!other.equals(bot) && !(other.manifest().resource() instanceof StatefulSet)) {
                assertEquals(List.of(), other.container().getCommand(), other.where());
            }
        }
    }

    @Test
    void eachShardPodRunsItsOwnRangeAndTogetherTheyRunEveryShard() throws Exception {
        List<Manifest> manifests = manifests();
        Bot bot = shardBot(manifests);
        StatefulSet set = (StatefulSet) bot.manifest().resource();
        int total = Integer.parseInt(plainValue(bot, "DISCORD_SHARDS"));
        int perPod = Integer.parseInt(plainValue(bot, "SHARDS_PER_POD"));
        int replicas = set.getSpec().getReplicas();
        assertEquals((total + perPod - 1) / perPod, replicas, "replicas = DISCORD_SHARDS / SHARDS_PER_POD, rounded up");
        Path fakeJava = fakeJava();
        for (String shell : List.of("/bin/sh", "bash")) {
            // The manifest's numbers, then others: a last pod with fewer shards, one shard per pod, one pod.
            for (int[] nkr : List.of(
                    new int[] {total, perPod, replicas},
                    new int[] {5, 2, 3},
                    new int[] {4, 1, 4},
                    new int[] {16, 16, 1},
                    new int[] {1, 1, 1})) {
                List<int[]> ranges = new ArrayList<>();
                for (int ordinal = 0; ordinal < nkr[2]; ordinal++) {
                    Run run =
                            wrapper(shell, bot, fakeJava, set.getMetadata().getName() + "-" + ordinal, nkr[0], nkr[1]);
                    assertEquals(0, run.exit(), shell + " " + List.of(nkr[0], nkr[1], ordinal) + ": " + run.stderr());
                    List<String> lines = run.stdout().lines().toList();
                    Matcher m = Pattern.compile("DISCORD_SHARD_IDS=([0-9]+)-([0-9]+)")
                            .matcher(lines.get(0));
                    assertTrue(m.matches(), lines.get(0));
                    ranges.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                    assertEquals(jvmArguments(), lines.subList(1, lines.size()), "java gets the image's arguments");
                }
                boolean[] covered = new boolean[nkr[0]];
                for (int[] r : ranges) {
                    assertTrue(r[0] <= r[1] && r[1] < nkr[0], "a range within 0.." + (nkr[0] - 1));
                    for (int shard = r[0]; shard <= r[1]; shard++) {
                        assertFalse(covered[shard], "shard " + shard + " is run by two pods");
                        covered[shard] = true;
                    }
                }
                for (int shard = 0; shard < nkr[0]; shard++) {
                    assertTrue(covered[shard], shell + ": shard " + shard + " of " + nkr[0] + " is run by no pod");
                }
                // One pod more than needed has no shard: it says so and stops, rather than run shards twice.
                Run extra = wrapper(shell, bot, fakeJava, set.getMetadata().getName() + "-" + nkr[2], nkr[0], nkr[1]);
                assertEquals(2, extra.exit(), extra.stdout());
                assertTrue(extra.stderr().contains("has no shard to run"), extra.stderr());
                assertTrue(extra.stderr().contains("need " + nkr[2] + " replicas"), extra.stderr());
            }
            for (String[] bad : List.of(
                    new String[] {"auto", "2"}, new String[] {"4", "0"}, new String[] {"", "2"}, new String[] {"4", "x"
                    })) {
                Run run = wrapper(shell, bot, fakeJava, set.getMetadata().getName() + "-0", bad[0], bad[1]);
                assertEquals(2, run.exit(), List.of(bad) + ": " + run.stdout());
                assertTrue(run.stderr().startsWith("shard wrapper: "), run.stderr());
            }
        }
    }

    record Run(int exit, String stdout, String stderr) {}

    /** A stand-in for java on PATH: prints the shard ids it was given, then its arguments, one a line. */
    private Path fakeJava() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"DISCORD_SHARD_IDS=$DISCORD_SHARD_IDS\" \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static List<String> jvmArguments() throws IOException {
        String line = entrypoint().get(2);
        String java = line.substring(line.indexOf("exec java ") + "exec java ".length(), line.indexOf(" \"$@\""));
        List<String> args = new ArrayList<>();
        for (String word : Pattern.compile(" +").split(java, -1)) {
            if (!word.equals("$JAVA_OPTS")) args.add(word); // empty, as the image sets it
        }
        return args;
    }

    private static Run wrapper(String shell, Bot bot, Path fakeJava, String podName, Object total, Object perPod)
            throws IOException {
        return wrapper(
                shell,
                bot,
                fakeJava,
                Map.of(
                        "JAVA_OPTS",
                        "",
                        "POD_NAME",
                        podName,
                        "DISCORD_SHARDS",
                        String.valueOf(total),
                        "SHARDS_PER_POD",
                        String.valueOf(perPod)));
    }

    /** Runs the wrapper with only {@code vars} (and a PATH to the stand-in java) in its environment. */
    private static Run wrapper(String shell, Bot bot, Path fakeJava, Map<String, String> vars) throws IOException {
        List<String> command = bot.container().getCommand();
        ProcessBuilder pb = new ProcessBuilder(shell, command.get(1), command.get(2), command.get(3));
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(vars);
        env.put("PATH", fakeJava + ":/usr/bin:/bin");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the wrapper did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
