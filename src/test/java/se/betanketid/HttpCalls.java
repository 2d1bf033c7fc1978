package se.betanketid;

import se.betanketid.RestCalls.Answer;

/** Calls as one person: the REST API with her credentials ({@link RestCalls}) or her webapp session ({@link WebappSession}). */
public interface HttpCalls {

  Answer get(String path);

  Answer post(String path, Object body);
}
