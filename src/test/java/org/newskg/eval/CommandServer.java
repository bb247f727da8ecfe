package org.newskg.eval;

import org.newskg.cli.Cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A development tool, not part of newskg: runs newskg commands in one warm JVM for the evaluation scripts, which
 * otherwise start a JVM for every build and query. Each connection sends the arguments, each ended by a NUL byte,
 * and gets back a line "CODE OUT_BYTES", the output and the error output; commands run one at a time, exactly as
 * {@code java -jar newskg.jar ARGS} would run them. Used through {@code src/test/scripts/newskg-client.py}:
 *
 * <pre>
 * java -cp target/newskg.jar:target/test-classes org.newskg.eval.CommandServer 7412 &amp;
 * python3 ../shared/eval/run_entities.py --named --newskg "python3 src/test/scripts/newskg-client.py 7412" DIR
 * </pre>
 */
public final class CommandServer {
    private CommandServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7412;
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.err.println("newskg command server on 127.0.0.1:" + port);
            while (true) {
                try (Socket s = server.accept()) {
                    String request = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    List<String> argv = request.isEmpty() ? List.of() : List.of(request.substring(0, request.length() - 1).split("\0", -1));
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    int code;
                    try {
                        code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                                .execute(argv.toArray(String[]::new));
                    } catch (RuntimeException | Error e) {
                        err.write(e.toString());
                        code = 1;
                    }
                    byte[] o1 = out.toString().getBytes(StandardCharsets.UTF_8);
                    OutputStream o = s.getOutputStream();
                    o.write((code + " " + o1.length + "\n").getBytes(StandardCharsets.UTF_8));
                    o.write(o1);
                    o.write(err.toString().getBytes(StandardCharsets.UTF_8));
                    o.flush();
                }
            }
        }
    }
}
