using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;

namespace Supple.Cli.Reminders;

/// <summary>The outcome of <c>supple assess --json</c>, for scripts.</summary>
internal static class AssessmentJson
{
    public static string Write(Programme programme, AssessmentOutcome outcome, bool saved)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            switch (outcome)
            {
                case SeeDoctorFirst doctor:
                    w.WriteString("outcome", "see-doctor-first");
                    w.WriteString("urgency", SafetyStatusSerializer.UrgencyId(doctor.Urgency));
                    w.WriteString("message", doctor.Message);
                    w.WriteBoolean("recentInjury", doctor.RecentInjury);
                    w.WriteStartArray("redFlags");
                    foreach (var flag in doctor.RedFlags)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", flag.Id);
                        w.WriteString("explanation", flag.Explanation);
                        w.WriteStartArray("sources");
                        foreach (var source in flag.Sources)
                        {
                            w.WriteStringValue(source.Url?.ToString() ?? source.Title);
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("reasons");
                    foreach (var reason in doctor.Reasons)
                    {
                        w.WriteStringValue(reason);
                    }

                    w.WriteEndArray();
                    break;
                case PlanOffered offered:
                    w.WriteString("outcome", "plan");
                    w.WriteBoolean("saved", saved);
                    WritePlan(w, programme, offered.Plan);
                    break;
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WritePlan(Utf8JsonWriter w, Programme programme, Plan plan)
    {
        w.WriteStartObject("plan");
        w.WriteString("createdAt", plan.CreatedAt);
        w.WriteStartArray("causes");
        foreach (var cause in plan.Causes)
        {
            w.WriteStringValue(PainCauseIds.Of(cause));
        }

        w.WriteEndArray();
        w.WriteStartArray("props");
        foreach (var prop in plan.Props)
        {
            w.WriteStringValue(AssessmentQuestions.PropId(prop));
        }

        w.WriteEndArray();
        w.WriteStartArray("stretches");
        foreach (var s in plan.Stretches)
        {
            w.WriteStartObject();
            w.WriteString("id", s.StretchId);
            w.WriteString("name", programme.FindStretch(s.StretchId)?.Name ?? s.StretchId);
            w.WriteString("emphasis", s.Emphasis == StretchEmphasis.Focus ? "focus" : "supporting");
            w.WriteStartArray("why");
            foreach (var why in s.Why)
            {
                w.WriteStringValue(why);
            }

            w.WriteEndArray();
            if (s.PropNote is { } note)
            {
                w.WriteString("propNote", note);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("omitted");
        foreach (var o in plan.Omitted)
        {
            w.WriteStartObject();
            w.WriteString("id", o.StretchId);
            w.WriteString("why", o.Why);
            if (o.ReplacedBy is { } by)
            {
                w.WriteString("replacedBy", by);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("suggestDeskBreaks", plan.SuggestDeskBreaks);
        w.WriteEndObject();
    }
}
