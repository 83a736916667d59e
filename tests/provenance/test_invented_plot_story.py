"""A hundred-and-fourth invented story, a plot to kill a dissident: an indictment's
allegations, a suspect named in an apposition ("The man, Dmitri Oskov, 41, was acting on
orders ..."), a state's rejection with its label quoted after a comma ("rejected
accusations that ..., calling them \"slanderous fantasies\""), and the dissident named the
same way. Written before the changes it led to: the claims were "The man, Dmitri Oskov was
acting ..." and "The dissident, journalist Lena Farr had been warned ..."; the closing quote
mark the parser hung inside the accusation stretched the rejection's content over ",
calling them", so the claim it denied ended "..., calling them slanderous fantasies". Left:
"his client would plead not guilty" denies the claim naming him, not the charge told of "a
Valdorian man"; the foreign minister's "the case had been invented" is a claim of its own;
"Federal prosecutors" are unnamed sources."""

from __future__ import annotations

ARTICLES = {
    "01.txt": ('Valdorian man charged in plot to kill exiled dissident', 'Harbor Times', '2047-04-14',
        "Federal prosecutors on Tuesday charged a Valdorian man with plotting to assassinate an exiled dissident in Harbor City, according to an indictment unsealed in federal court.\n"
        "The man, Dmitri Oskov, 41, was acting on orders from Valdoria's intelligence service, the indictment alleges.\n"
        "Oskov's lawyer said his client would plead not guilty.\n"
        "Valdoria's embassy did not respond to a request for comment."),
    "02.txt": ('Valdoria rejects accusations over dissident plot', 'Global Wire', '2047-04-15',
        "Valdoria on Wednesday rejected accusations that its intelligence service had ordered the killing of a dissident, calling them \"slanderous fantasies\".\n"
        "Oskov had paid $50,000 to a man he believed was a hitman but who was in fact an undercover FBI agent, according to court documents.\n"
        "The dissident, journalist Lena Farr, told reporters she had been warned by police in March."),
    "03.txt": ('Officials say plot suspect was watched for a year', 'Evening Star', '2047-04-16',
        "The alleged plot against Lena Farr was first reported by the Harbor Times.\n"
        "A senior Justice Department official, speaking on condition of anonymity, said investigators had been monitoring Oskov for more than a year.\n"
        "The Valdorian foreign minister, Aleksei Grun, said the case had been \"invented from start to finish\"."),
}


def test_a_description_named_in_an_apposition_is_written_by_the_name(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    texts = {c["text"] for c in doc["claims"]}
    assert "Dmitri Oskov was acting on orders from Valdoria's intelligence service" in texts
    assert "Journalist Lena Farr had been warned by police" in texts


def test_a_label_quoted_after_a_comma_is_no_part_of_what_is_rejected(analyse_invented) -> None:  # type: ignore[no-untyped-def]
    doc = analyse_invented(ARTICLES)
    rejected = next(a for a in doc["attributions"] if a["cue"] == "rejected")
    assert rejected["content"] == ("accusations that its intelligence service had ordered the "
                                   "killing of a dissident")
    assert not [c for c in doc["claims"] if "calling them" in c["text"]]
