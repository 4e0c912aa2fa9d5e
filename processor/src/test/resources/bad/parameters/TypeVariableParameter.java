package com.example.bad;

import dev.stoker.annotation.Job;

public abstract class TypeVariableParameter<T> {

  @Job
  public abstract void save(T item);
}
