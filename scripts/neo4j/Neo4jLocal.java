import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.Version;

/**
 * Neo4j Community as a local server for development and CI, without Docker
 * or a Neo4j distribution: the database libraries from Maven Central with
 * the Bolt connector, on 127.0.0.1 only, with authentication on.
 *
 * Started by scripts/neo4j-local.sh as a single-file source program:
 *   java -cp CLASSPATH Neo4jLocal.java --home DIR --port N [--plugins DIR]
 * The password comes from the NEO4J_PASSWORD environment variable, not the
 * command line, so that it does not show in the process list.
 */
public final class Neo4jLocal {
  public static void main(String[] argv) throws Exception {
    Map<String, String> args = options(argv);
    Path home = Path.of(required(args, "home")).toAbsolutePath();
    int port = Integer.parseInt(required(args, "port"));
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_PASSWORD must be set, 8 characters or more (Neo4j's minimum).");
    }

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // Small machines (2 cores): a bounded page cache and transaction memory, not a share of the RAM.
        .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(args.getOrDefault("pagecache", "512m")))
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, bytes("1g"));
    if (args.containsKey("plugins")) {
      Path plugins = Path.of(args.get("plugins")).toAbsolutePath();
      Files.createDirectories(plugins);
      builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins)
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("gds.*"));
    }
    DatabaseManagementService dbms = builder.build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Neo4j stopping");
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-local-shutdown"));

    try {
      setPassword(dbms, password);
    } catch (RuntimeException e) {
      System.err.println("neo4j-local: " + e.getMessage());
      dbms.shutdown();
      System.exit(1);
    }

    System.out.println("Neo4j " + Version.getNeo4jVersion() + " ready on bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /**
   * The embedded API runs with full rights, so it can set the password that
   * Bolt clients need. Every start sets it, so a changed NEO4J_PASSWORD takes
   * effect; Neo4j refuses to "change" a password to itself, which is no error here.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      if (!e.getMessage().contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static Map<String, String> options(String[] argv) {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      if (!argv[i].startsWith("--") || i + 1 >= argv.length) fail("Bad argument: " + argv[i]);
      args.put(argv[i].substring(2), argv[++i]);
    }
    return args;
  }

  private static String required(Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null) fail("Missing --" + name);
    return value;
  }

  /** "512m" or "1g" in bytes. */
  private static long bytes(String size) {
    long unit = switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
      case 'k' -> 1L << 10;
      case 'm' -> 1L << 20;
      case 'g' -> 1L << 30;
      default -> 1L;
    };
    String digits = unit == 1L ? size : size.substring(0, size.length() - 1);
    return Long.parseLong(digits) * unit;
  }

  private static void fail(String message) {
    System.err.println("neo4j-local: " + message);
    System.exit(2);
  }
}
