package dev.stoker;

public interface JobClient {}
