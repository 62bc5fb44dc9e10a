package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.constraints.ConsistentReports;
import jakarta.validation.Validation;
import java.io.IOException;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing opens a network connection, resolves a host name or listens on a port: every command
 * and the library's main paths run under a security manager that records and refuses each
 * {@link SocketPermission} and {@link URLPermission} check, from any thread. Every socket, NIO
 * channel, HTTP client and DNS lookup of the JDK asks for one of these first, so an empty record
 * proves that no such attempt was made, even one that the code would have caught and hidden.
 */
class NoNetworkTest {

    /** Refuses and records network permissions; allows everything else. */
    static final class NetworkGuard extends SecurityManager {
        final List<String> attempts = new CopyOnWriteArrayList<>();

        @Override
        public void checkPermission(Permission perm) {
            if (perm instanceof SocketPermission || perm instanceof URLPermission) {
                attempts.add(perm + " from " + Thread.currentThread().getName());
                throw new SecurityException("network access refused in this test: " + perm);
            }
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
            checkPermission(perm);
        }
    }

    @TempDir
    Path dir;

    private NetworkGuard guard;

    @BeforeEach
    @SuppressWarnings("removal")
    void guard() {
        guard = new NetworkGuard();
        System.setSecurityManager(guard);
    }

    @AfterEach
    @SuppressWarnings("removal")
    void release() {
        System.setSecurityManager(null);
    }

    @Test
    void theGuardSeesAnAttempt() {
        // Without this, an empty record would prove nothing.
        assertFalse(reachable());
        assertEquals(1, guard.attempts.size(), guard.attempts::toString);
        guard.attempts.clear();
    }

    private static boolean reachable() {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 100);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    @Test
    void everyCommandRunsOffline() throws IOException {
        ReportJson json = ReportJson.create();
        Path report = dir.resolve("a.json");
        Files.writeString(report, json.encode(SampleReports.hongzeQu2024()));
        Path lines = dir.resolve("b.jsonl");
        Files.writeString(lines, json.encode(SampleReports.hongzeQu2023()) + "\n" + json.encode(SampleReports.huaianShi2024()) + "\n");
        Path text = dir.resolve("c.txt");
        Files.write(text, SampleReports.Published.HUAIAN_SHI_2024.sourceBytes());
        Path html = dir.resolve("d.html");
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"http://example.invalid/a.css\">"
                + "<script src=\"http://example.invalid/a.js\"></script></head><body>");
        SampleReports.Published.LINGXIU_ZHEN_2020.sourceText().lines()
                .forEach(l -> page.append("<p>").append(l.replace("<", "&lt;")).append("</p><img src=\"http://example.invalid/x.png\">"));
        Files.writeString(html, page.append("</body></html>"));
        List<String[]> commands = List.of(
                new String[] {},
                new String[] {"validate", report.toString(), lines.toString(), text.toString(), html.toString(), "--previous", report.toString()},
                new String[] {"validate", "--format", "json", "--lang", "en", dir.toString()},
                new String[] {"import", text.toString()},
                new String[] {"import", html.toString(), "-o", dir.resolve("e.json").toString()},
                new String[] {"generate", "--count", "3", "--seed", "1"},
                new String[] {"convert", report.toString(), "-o", dir.resolve("f.jsonl").toString()},
                new String[] {"rules"},
                new String[] {"explain", "T3-LEDGER"},
                new String[] {"--help"},
                new String[] {"--version"});
        for (String[] args : commands) {
            NianbaoCommandTest.Run r = NianbaoCommandTest.run(args);
            assertTrue(r.status() <= 2, String.join(" ", args));
        }
        assertEquals(List.of(), guard.attempts);
    }

    @Test
    void theLibrarysMainPathsRunOffline() {
        ReportJson json = ReportJson.create();
        AnnualReport report = SampleReports.huaianShi2024();
        AnnualReport back = json.decode(json.encodeToBytes(report)).orElseThrow();
        assertEquals(report, back);
        assertNotNull(ReportJson.schema());
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertEquals(report, mapper.readValue(mapper.writeValueAsString(report), AnnualReport.class));
        assertFalse(ReportValidator.standard().validate(report, SampleReports.hongzeQu2024()).format(Locale.ENGLISH).isEmpty());
        assertTrue(ReportImporter.create().read(SampleReports.Published.HONGZE_QU_2023.sourceBytes()).report().isPresent());
        var validator = ConsistentReports.addTo(Validation.byProvider(HibernateValidator.class).configure())
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory().getValidator();
        validator.validate(report);
        var xml = Validation.byDefaultProvider().configure().addMapping(ConsistentReports.xmlMapping())
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory().getValidator();
        xml.validate(report);
        assertEquals(List.of(), guard.attempts);
    }
}
