package dev.stoker.spring;

import dev.stoker.JobClient;
import dev.stoker.Stoker;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;

/**
 * Stoker on the application's DataSource: the schema applied at startup, the client (also for the
 * generated static calls) joining Spring's transactions, job methods run on the context's beans,
 * and the server started and stopped with the context. Backs off when the application builds its
 * own {@link Stoker} bean.
 */
@AutoConfiguration(
    after = {
      DataSourceAutoConfiguration.class,
      DataSourceTransactionManagerAutoConfiguration.class
    })
@ConditionalOnMissingBean(Stoker.class)
@EnableConfigurationProperties(StokerProperties.class)
public final class StokerAutoConfiguration {

  /** After Flyway, Liquibase or schema.sql, so that jobs find the application's tables. */
  @Bean
  @DependsOnDatabaseInitialization
  StokerLifecycle stokerLifecycle(
      StokerProperties properties,
      ConfigurableListableBeanFactory beans,
      ObjectProvider<Clock> clock,
      ObjectProvider<StokerBuilderCustomizer> customizers) {
    DataSource dataSource = JobsDataSource.select(properties.getDataSource(), beans);
    LibraryVersions.check(dataSource);
    Stoker.Builder builder =
        Stoker.builder()
            .dataSource(dataSource)
            .activator(new SpringJobActivator(beans))
            .classLoader(beans.getBeanClassLoader())
            .shutdownHook(false); // the context stops it, after the web server (StokerLifecycle)
    clock.ifUnique(builder::clock);
    applyProperties(properties, builder);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return new StokerLifecycle(builder.build(), dataSource);
  }

  /** The Stoker: its client, monitoring and recurring jobs. */
  @Bean(destroyMethod = "") // stopped and closed by the lifecycle
  Stoker stoker(StokerLifecycle lifecycle) {
    return lifecycle.stoker();
  }

  /** The client, joining the transaction Spring manages on Stoker's DataSource. */
  @Bean
  JobClient stokerJobClient(StokerLifecycle lifecycle) {
    return lifecycle.client();
  }

  private static void applyProperties(StokerProperties properties, Stoker.Builder builder) {
    StokerProperties.Server server = properties.getServer();
    builder
        .retention(properties.getRetention())
        .maxArgumentBytes(Math.toIntExact(properties.getMaxArgumentSize().toBytes()))
        .pollInterval(server.getPollInterval())
        .heartbeatInterval(server.getHeartbeatInterval())
        .serverTimeout(server.getTimeout())
        .shutdownGrace(server.getShutdownGrace())
        .listenForNewJobs(server.isListenForNewJobs());
    if (server.getWorkers() != null) {
      builder.workers(server.getWorkers());
    }
    if (server.getQueues() != null) {
      builder.queues(server.getQueues().toArray(String[]::new));
    }
    if (!server.isEnabled()) {
      builder.withoutServer();
    }
  }
}
