package dev.stoker.spring;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A DataSource whose database the test can take out of reach, as a network outage would. */
final class CuttableDataSource extends DelegatingDataSource {

  private volatile boolean cut;

  CuttableDataSource(DataSource target) {
    super(target);
  }

  void cut(boolean cut) {
    this.cut = cut;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (cut) {
      throw new SQLException("Connection refused: the database is out of reach");
    }
    return super.getConnection();
  }
}
