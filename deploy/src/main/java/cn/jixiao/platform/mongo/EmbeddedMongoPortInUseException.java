package cn.jixiao.platform.mongo;

/** The embedded MongoDB's port is taken (another instance of the service, or a MongoDB, listens there). */
public class EmbeddedMongoPortInUseException extends RuntimeException {

    private final String host;
    private final int port;

    public EmbeddedMongoPortInUseException(String host, int port, Throwable cause) {
        super("The embedded MongoDB cannot listen on " + host + ":" + port + ": the port is already in use", cause);
        this.host = host;
        this.port = port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }
}
