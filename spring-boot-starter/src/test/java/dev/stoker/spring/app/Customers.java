package dev.stoker.spring.app;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The application's own table, in the database Stoker keeps its jobs in. */
@Repository
public class Customers {

  private final JdbcClient jdbc;

  public Customers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String name) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into customer (name) values (?)").param(name).update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<String> name(long id) {
    return jdbc.sql("select name from customer where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  public boolean exists(String name) {
    return jdbc.sql("select count(*) from customer where name = ?")
            .param(name)
            .query(Integer.class)
            .single()
        > 0;
  }
}
