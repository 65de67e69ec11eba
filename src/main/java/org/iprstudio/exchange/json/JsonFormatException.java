package org.iprstudio.exchange.json;

/** A study.json could not be read; the message says where and what is wrong. Nothing was imported. */
public class JsonFormatException extends RuntimeException {
    public JsonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
