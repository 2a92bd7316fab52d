package cn.gov.yongjia.shixiao.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which process a service runs as, so that a later start can end a process that a crashed run left behind
 * (it would otherwise hold the data folder's lock). The start instant guards against a recycled process ID.
 */
public record PidFile(Path path) {

    public void write(ProcessHandle process) {
        String started = process.info().startInstant().map(Instant::toString).orElse("-");
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, process.pid() + " " + started + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    public Optional<ProcessHandle> recordedProcess() {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(path).trim().split("\\s+");
            long pid = Long.parseLong(parts[0]);
            String started = parts.length > 1 ? parts[1] : "-";
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> started.equals(p.info().startInstant().map(Instant::toString).orElse("-")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Ends the recorded process and its descendants if they still run, then forgets them. */
    public void endLeftoverProcess(Duration grace) {
        recordedProcess().ifPresent(process -> Processes.end(process, grace));
        delete();
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
