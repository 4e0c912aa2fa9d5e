package dev.stoker.test.jobs;

import dev.stoker.test.StokerExtension;
import dev.stoker.testing.PostgresDatabases;

/** The two databases the kit's own tests run on: each test class runs once on each. */
public enum KitDatabase {
  H2 {
    @Override
    public StokerExtension extension() {
      return new StokerExtension();
    }
  },
  POSTGRES {
    @Override
    public StokerExtension extension() {
      return new StokerExtension().postgres(PostgresDatabases.adminUrl());
    }
  };

  /** The test kit's extension, on this database. */
  public abstract StokerExtension extension();
}
