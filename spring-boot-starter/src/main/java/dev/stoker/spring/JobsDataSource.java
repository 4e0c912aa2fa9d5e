package dev.stoker.spring;

import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;

/** Picks the DataSource Stoker keeps its jobs in, among the application context's. */
final class JobsDataSource {

  private JobsDataSource() {}

  /**
   * The DataSource bean named by {@code stoker.data-source}, or else the context's only (or
   * {@code @Primary}) one.
   */
  static DataSource select(String name, ListableBeanFactory beans) {
    String[] names = beans.getBeanNamesForType(DataSource.class);
    if (name != null && !name.isBlank()) {
      if (!beans.containsBean(name) || !beans.isTypeMatch(name, DataSource.class)) {
        throw new StokerStartupException(
            "stoker.data-source names the DataSource bean '"
                + name
                + "', but the application context has no DataSource of that name; its DataSources"
                + " are: "
                + String.join(", ", names)
                + ".",
            "Set stoker.data-source to the name of one of those beans.");
      }
      return beans.getBean(name, DataSource.class);
    }
    DataSource only = beans.getBeanProvider(DataSource.class).getIfUnique();
    if (only != null) {
      return only;
    }
    if (names.length == 0) {
      throw new StokerStartupException(
          "Stoker keeps its jobs in the application's DataSource, and the application context has"
              + " none.",
          "Configure one, for example with spring.datasource.url (PostgreSQL, or H2), or declare"
              + " a DataSource bean.");
    }
    throw new StokerStartupException(
        "The application context has "
            + names.length
            + " DataSources ("
            + String.join(", ", names)
            + ") and none of them is @Primary, so Stoker cannot tell which one to keep its jobs in.",
        "Set stoker.data-source to the bean name of the DataSource for Stoker's jobs, or mark one"
            + " of them @Primary.");
  }
}
