package org.alliancecompact.slack.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;

/**
 * Jetty's error pages with the status and its standard reason only: never the exception's message,
 * its class, a stack trace or the server's name and version, which would tell a prober what runs here
 * (issue 14, finding 10).
 */
final class QuietErrorHandler extends ErrorHandler {
    QuietErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected void writeErrorHtml(
            Request request, Writer writer, java.nio.charset.Charset charset, int code, String message, Throwable cause)
            throws IOException {
        writer.write("<html><body><h1>" + code + " " + HttpStatus.getMessage(code) + "</h1></body></html>\n");
    }

    @Override
    protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write(code + " " + HttpStatus.getMessage(code) + "\n");
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write("{\"status\":" + code + ",\"error\":\"" + HttpStatus.getMessage(code) + "\"}");
    }
}
