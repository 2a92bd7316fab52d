package cn.gov.yongjia.shixiao.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Elasticsearch refuses to run as root. When we are root, it runs as an unprivileged system user that is created on
 * first use and owns the Elasticsearch folders; otherwise it runs as the current user.
 */
final class ServiceUser {

    static final String NAME = "yongjia-es";

    private ServiceUser() {
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command prefix that runs a program as the service user (empty when not root). */
    static List<String> commandPrefix() {
        if (!runningAsRoot()) {
            return List.of();
        }
        ensureExists();
        return List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--init-groups", "--");
    }

    static void handOver(Path... folders) {
        if (!runningAsRoot()) {
            return;
        }
        ensureExists();
        for (Path folder : folders) {
            requireReachable(folder);
            run(List.of("chown", "-R", NAME + ":" + NAME, folder.toString()));
        }
    }

    private static synchronized void ensureExists() {
        if (run(List.of("id", "-u", NAME), true) == 0) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("useradd", "--system", "--no-create-home",
                "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", "--user-group", NAME));
        if (run(command, true) != 0 && run(List.of("id", "-u", NAME), true) != 0) {
            throw new IllegalStateException("Cannot create the system user '" + NAME + "' that Elasticsearch "
                    + "runs as (Elasticsearch refuses to run as root). Create it by hand: useradd --system " + NAME);
        }
    }

    /** Whether the service user can walk down to the folder (always true when we are not root). */
    static boolean canReach(Path folder) {
        if (!runningAsRoot()) {
            return true;
        }
        try {
            requireReachable(folder);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The service user must be able to walk down to the folder: every parent needs the others' execute bit. */
    private static void requireReachable(Path folder) {
        for (Path p = folder.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            try {
                if (!Files.exists(p)) {
                    continue;
                }
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(p);
                if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new IllegalStateException("Elasticsearch runs as the user '" + NAME + "', who cannot reach "
                            + folder + " because " + p + " is closed to other users. Choose another data folder "
                            + "(YONGJIA_DATA_DIR) or run: chmod o+x " + p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void run(List<String> command) {
        if (run(command, false) != 0) {
            throw new IllegalStateException("Command failed: " + String.join(" ", command));
        }
    }

    private static int run(List<String> command, boolean quiet) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.redirectOutput(quiet ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.INHERIT);
            return builder.start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
