package org.mekonginstitute.portal.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a free local port, one per test JVM like {@link TestDatabase}: every test
 * context sends its e-mail there, and tests read what arrived for the addresses they made up.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** A message as a test reads it. */
    public record Mail(String to, String subject, String body) {}

    /** The messages to this address so far, oldest first. */
    public static List<Mail> to(String address) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server().getReceivedMessages()) {
            try {
                Address[] recipients = message.getAllRecipients();
                boolean ours = recipients != null
                        && Arrays.stream(recipients)
                                .anyMatch(r -> r.toString().toLowerCase().contains(address.toLowerCase()));
                if (ours) {
                    mails.add(new Mail(address, message.getSubject(), GreenMailUtil.getBody(message)));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /**
     * Waits (at most 60 s: in the whole suite other tests' notices go out on the same delivery thread first) until
     * this address has received {@code count} messages, and returns them.
     */
    public static List<Mail> await(String address, int count) {
        return await(address, mails -> mails.size() >= count);
    }

    /** Waits (at most 60 s) until this address has received a message with this subject, and returns them all. */
    public static List<Mail> awaitSubject(String address, String subject) {
        return await(
                address, mails -> mails.stream().anyMatch(mail -> mail.subject().equals(subject)));
    }

    private static List<Mail> await(String address, java.util.function.Predicate<List<Mail>> done) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        List<Mail> mails = to(address);
        while (!done.test(mails) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            mails = to(address);
        }
        return mails;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points a test context's mail sender at the test server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "spring.mail.host=127.0.0.1",
                            "spring.mail.port=" + server().getSmtp().getPort(),
                            "portal.mail.from=Mekong Capacity Portal <portal@test.mekonginstitute.org>")
                    .applyTo(context);
        }
    }
}
