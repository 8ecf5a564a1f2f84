package org.telisik.offline;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records and refuses every attempt to open a network connection in this JVM: TCP sockets through a
 * socket factory whose sockets refuse to connect, and URL connections through a proxy selector that is
 * asked first. Installed once per JVM (Java allows the socket factory to be set only once).
 */
final class NetworkGuard {
    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static boolean installed;

    private NetworkGuard() {
    }

    @SuppressWarnings("deprecation") // the socket-impl factory is the only JDK hook below java.net.Socket
    static synchronized void install() throws IOException {
        if (installed) {
            return;
        }
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                ATTEMPTS.add("URL connection to " + uri);
                throw new IllegalStateException("network access attempted: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                ATTEMPTS.add("connect failed " + uri);
            }
        });
        Socket.setSocketImplFactory(RefusingSocketImpl::new);
        installed = true;
    }

    static List<String> attempts() {
        return List.copyOf(ATTEMPTS);
    }

    static void clear() {
        ATTEMPTS.clear();
    }

    /** A socket implementation that records the address and refuses to connect or bind. */
    private static final class RefusingSocketImpl extends java.net.SocketImpl {
        private void refuse(String what) throws SocketException {
            ATTEMPTS.add(what);
            throw new SocketException("Telisik must not use the network: " + what);
        }

        @Override protected void create(boolean stream) { }
        @Override protected void connect(String host, int port) throws IOException { refuse("connect " + host + ":" + port); }
        @Override protected void connect(InetAddress address, int port) throws IOException { refuse("connect " + address + ":" + port); }
        @Override protected void connect(SocketAddress address, int timeout) throws IOException { refuse("connect " + address); }
        @Override protected void bind(InetAddress host, int port) throws IOException { refuse("bind " + host + ":" + port); }
        @Override protected void listen(int backlog) throws IOException { refuse("listen"); }
        @Override protected void accept(java.net.SocketImpl s) throws IOException { refuse("accept"); }
        @Override protected java.io.InputStream getInputStream() throws IOException { throw new SocketException("not connected"); }
        @Override protected java.io.OutputStream getOutputStream() throws IOException { throw new SocketException("not connected"); }
        @Override protected int available() { return 0; }
        @Override protected void close() { }
        @Override protected void sendUrgentData(int data) throws IOException { refuse("urgent data"); }
        @Override public void setOption(int optID, Object value) { }
        @Override public Object getOption(int optID) { return null; }
    }
}
