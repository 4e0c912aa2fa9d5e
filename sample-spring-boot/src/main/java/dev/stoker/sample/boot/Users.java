package dev.stoker.sample.boot;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The application's table of users (schema.sql), next to Stoker's tables in the same database. */
@Repository
public class Users {

  /** A user as stored. */
  public record User(long id, String name, String email) {}

  private final JdbcClient jdbc;

  public Users(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a user, in the caller's transaction; returns the new id. */
  public long insert(String name, String email) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into app_user (name, email) values (?, ?)")
        .param(name)
        .param(email)
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<User> find(long id) {
    return jdbc.sql("select id, name, email from app_user where id = ?")
        .param(id)
        .query(User.class)
        .optional();
  }
}
