package dev.stoker;

import java.util.UUID;

public record JobId(UUID value) {}
