package com.aftersales.app.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;

/**
 * What Tomcat refuses before Spring sees the request (a '{' in the path, a malformed request line)
 * is answered as problem+json like every other error of the API, not as Tomcat's HTML page. It
 * tells nothing of the server.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {
    private static final StringManager HTTP_STATUS = StringManager.getManager("jakarta.servlet.http");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String json = "{\"type\":\"urn:problem:" + (status < 500 ? "bad-request" : "internal-error")
                + "\",\"title\":\"" + title(status) + "\",\"status\":" + status
                + ",\"detail\":\"the server could not accept this request as sent\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException closedAlready) {
            // The client went away or the response was committed meanwhile: nothing left to tell.
        }
    }

    private static String title(int status) {
        String reason = HTTP_STATUS.getString("sc." + status);
        return reason == null || reason.startsWith("Cannot find") ? "Error" : reason.replace("\"", "'");
    }
}
