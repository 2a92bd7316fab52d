package cn.gov.yongjia.shixiao.portal.staff.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The files an {@code Upload} received, waiting for the view. Vaadin calls {@link #handleUploadRequest} on the upload
 * request's thread, without the session lock; it only reads the file and queues it (thread-safe) before the upload's
 * HTTP response is written. The view takes the files with {@link #take()} in the {@code Upload}'s all-finished
 * listener, which the browser fires as a round trip after that response (so after the file was queued), under the
 * session lock; whatever the view changes then goes back in that round trip's own response, no push needed.
 * <p>
 * {@code UploadHandler.inMemory} is not used: it hands the file to its callback through {@code UI.access}, which runs
 * later when another request holds the lock, possibly after the round trip that would have carried the result.
 */
final class ReceivedFiles implements UploadHandler {

    /** More than any attachment the API accepts (its limit is 10 MB by default); larger files are not read whole. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    /** A received file; {@code content} is null when it was larger than {@link #MAX_BYTES}. */
    record File(String name, byte[] content) {
    }

    private final Queue<File> received = new ConcurrentLinkedQueue<>();

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        try (var in = event.getInputStream()) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            received.add(new File(event.getFileName(), content.length > MAX_BYTES ? null : content));
        }
    }

    /** The files received since the last call, in the order they arrived. */
    List<File> take() {
        List<File> files = new ArrayList<>();
        for (File file = received.poll(); file != null; file = received.poll()) {
            files.add(file);
        }
        return files;
    }
}
