package cn.foodsafety.lims.platform.control;

/**
 * The name of the application server this code runs on: the Payara instance of a deployment group
 * ({@code inst1}, {@code inst2}), or {@code server} for a single server.
 */
public final class ClusterNode {

  private static final String NAME = System.getProperty("com.sun.aas.instanceName", "server");

  private ClusterNode() {}

  public static String name() {
    return NAME;
  }
}
