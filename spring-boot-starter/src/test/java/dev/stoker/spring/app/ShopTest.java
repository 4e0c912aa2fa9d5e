package dev.stoker.spring.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The shop application on a random port, with Spring Boot's default security (every request signed
 * in; the one user, alice, by HTTP Basic or the login form). Every test class so annotated shares
 * the one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = ShopApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.sql.init.schema-locations=classpath:shop-schema.sql",
      "stoker.server.poll-interval=50ms",
      "spring.security.user.name=" + ShopTest.USER,
      "spring.security.user.password=" + ShopTest.PASSWORD
    })
public @interface ShopTest {

  String USER = "alice";
  String PASSWORD = "wonderland";
}
