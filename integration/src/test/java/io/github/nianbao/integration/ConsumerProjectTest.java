package io.github.nianbao.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer's project: a program made of the README's Java examples, compiled with
 * {@code -Xlint:all -Werror} against the published jars and their declared dependencies (no
 * Immutables annotations, no Bean Validation), then run — once on the class path and once as a
 * named module on the module path.
 */
class ConsumerProjectTest {

    private static final Path CONSUMER = Path.of("src/test/consumer");
    private static final Path MODULE_INFO = Path.of("src/test/consumer-module/module-info.java");
    private static final Path MAIN = CONSUMER.resolve("com/example/consumer/ReadmeExamples.java");

    // What a consumer of nianbao gets: its jars and their compile-scope dependencies, and
    // QuickTheories, which the generator example uses; the renderer brings POI and its own.
    private static final Pattern PUBLISHED = Pattern.compile(
            "nianbao-|jackson-|jsoup-|quicktheories-|poi-|xmlbeans-|commons-|log4j-api-|curvesapi-|SparseBitSet-|pdfbox-|fontbox-");

    @TempDir
    Path dir;

    private static List<String> dependencies() {
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && PUBLISHED.matcher(p.getFileName().toString()).find()
                    && !p.getFileName().toString().startsWith("nianbao-integration")) {
                jars.add(entry);
            }
        }
        assertTrue(jars.stream().anyMatch(j -> j.contains("nianbao-validation")), () -> "the published jars: " + jars);
        return jars;
    }

    @Test
    void theReadmeExamplesAreTheConsumersCode() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String consumer = normalise(Files.readString(MAIN, StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        int blocks = 0;
        while (m.find()) {
            blocks++;
            // Comments after the code in a block show output; the code lines must be the consumer's.
            String code = Arrays.stream(m.group(1).split("\n"))
                    .filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
            assertTrue(consumer.contains(normalise(code)), "README block " + blocks + " is not in " + MAIN + ":\n" + code);
        }
        assertTrue(blocks >= 4, "README has Java examples");
    }

    @Test
    void buildsWithWerrorAndRunsOnTheClassPath() throws Exception {
        List<String> deps = dependencies();
        Path out = dir.resolve("classes");
        String classPath = String.join(File.pathSeparator, deps);
        compile(List.of("-cp", classPath, "-d", out.toString(), MAIN.toString()));
        String output = run(List.of("-cp", out + File.pathSeparator + classPath, "com.example.consumer.ReadmeExamples"));
        checkOutput(output);
    }

    @Test
    void buildsWithWerrorAndRunsOnTheModulePath() throws Exception {
        List<String> deps = dependencies();
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("com/example/consumer"));
        Files.copy(MODULE_INFO, src.resolve("module-info.java"));
        Files.copy(MAIN, src.resolve("com/example/consumer/ReadmeExamples.java"));
        Path out = dir.resolve("mods/com.example.consumer");
        String modulePath = String.join(File.pathSeparator, deps);
        // An empty class path: in-process javac would otherwise take this JVM's.
        Path noClassPath = Files.createDirectories(dir.resolve("empty"));
        compile(List.of("-p", modulePath, "-cp", noClassPath.toString(), "-d", out.toString(),
                src.resolve("module-info.java").toString(), src.resolve("com/example/consumer/ReadmeExamples.java").toString()));
        String output = run(List.of("-p", out + File.pathSeparator + modulePath,
                "-m", "com.example.consumer/com.example.consumer.ReadmeExamples"));
        checkOutput(output);
    }

    private static void checkOutput(String output) {
        assertTrue(output.contains("/applications/newlyReceived/naturalPerson = 21"), output);
        assertTrue(output.contains("hybrid true /applications/newlyReceived/naturalPerson = "), output);
        assertTrue(output.contains("T4-TOTAL /reviewLitigation/administrativeReview/total 11 ≠ 0"), output);
        assertTrue(output.contains("T4-TOTAL /reviewLitigation/litigationAfterReview/total 5 ≠ 0"), output);
        assertTrue(output.contains("round trip true, imported table 四 as published true"), output);
        assertTrue(output.contains("generators hold"), output);
        assertTrue(output.contains("platform RETURN, 40 relations, 2 likely causes"), output);
        assertTrue(output.contains("rendered true true"), output);
        assertTrue(output.contains("pdf true"), output);
        assertTrue(output.strip().endsWith("done"), output);
    }

    private static void compile(List<String> arguments) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-encoding", "UTF-8", "--release", "17"));
        all.addAll(arguments);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, all.toArray(String[]::new));
        String text = diagnostics.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        assertEquals("", text.strip(), "no warning at all");
    }

    private static String run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.addAll(arguments);
        // The documents example reads the published PDF from the working directory.
        Path work = Files.createTempDirectory("consumer");
        try (var pdf = ConsumerProjectTest.class.getResourceAsStream("/2023-hongze-qu.pdf")) {
            Files.copy(pdf, work.resolve("2023-hongze-qu.pdf"));
        }
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the consumer finished");
        String output = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    private static String normalise(String code) {
        return Arrays.stream(code.split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
