package cn.gov.yongjia.shixiao.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks TCP ports on the loopback interface: never assume 5432, 9200 or 8080 are free. */
public final class FreePort {

    private FreePort() {
    }

    /** A port no one listens on now, chosen by the operating system. */
    public static int any() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port", e);
        }
    }

    /** The preferred port when it is free, otherwise any free port. */
    public static int preferring(int preferred) {
        if (preferred > 0 && isFree(preferred)) {
            return preferred;
        }
        return any();
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
