package dev.stoker.dashboard;

import dev.stoker.Stoker;
import dev.stoker.testing.TestDatabase;
import java.net.URI;

/** The browser suite on H2, with the standalone dashboard under the path /stoker. */
class H2BrowserTest extends BrowserSuite {

  private StokerDashboard dashboard;

  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }

  @Override
  URI startDashboard(Stoker stoker) {
    dashboard =
        StokerDashboard.builder(stoker)
            .port(0)
            .path("/stoker")
            .bulkBatches(BULK_BATCH, BULK_PAUSE)
            .start();
    return dashboard.uri();
  }

  @Override
  void stopDashboard() {
    dashboard.close();
  }
}
