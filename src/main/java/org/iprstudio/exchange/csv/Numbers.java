package org.iprstudio.exchange.csv;

/** Decimal numbers with the chosen decimal separator, without a trailing ".0" on whole numbers. */
record Numbers(char decimalSeparator) {
    String decimal(double value) {
        String text = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        return decimalSeparator == '.' ? text : text.replace('.', decimalSeparator);
    }
}
