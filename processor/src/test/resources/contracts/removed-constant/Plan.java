package com.example.mail;

public enum Plan {
  FREE
}
