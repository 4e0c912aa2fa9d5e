package dev.stoker.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small application as a user writes one: a table of its own, a job, a transactional service. */
@SpringBootApplication
public class ShopApplication {}
