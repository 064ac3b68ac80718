using System.Globalization;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Supple.Core.Content;

namespace Supple.Data;

/// <summary>
/// A person's history as a FHIR R4 <c>collection</c> Bundle for a clinician's system: a Patient (no name: Supple does
/// not keep one), every pain score as an Observation coded LOINC 72514-3 (pain severity 0–10), every session as a
/// Procedure with one child Procedure per stretch done, and every "this hurts — stop" as a Flag and the session's
/// status reason.
/// </summary>
public static class FhirExport
{
    public const string Loinc = "http://loinc.org";
    public const string PainSeverityCode = "72514-3";
    public const string PainSeverityDisplay = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
    public const string SuppleSystem = "https://github.com/supple-app/supple";
    public const string StoppedForPainText = "Stopped for pain: the person reported that a stretch hurt. The programme says to stop a stretch at once if it is excruciatingly painful and see a doctor.";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    /// <summary>The bundle as FHIR JSON.</summary>
    public static string Write(ExportDocument document, Programme? programme = null) =>
        JsonSerializer.Serialize(ToBundle(document, programme), Json);

    /// <summary>Parses FHIR JSON into a Bundle (what a receiving system does).</summary>
    public static Bundle Read(string json) => JsonSerializer.Deserialize<Bundle>(json, Json) ?? throw new JsonException("The FHIR JSON is empty.");

    public static Bundle ToBundle(ExportDocument document, Programme? programme = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        programme ??= BuiltInProgramme.Instance;
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Timestamp = document.ExportedAt,
            Identifier = new Identifier(SuppleSystem + "/export", Guid.NewGuid().ToString()),
        };

        var patientUrl = "urn:uuid:" + Guid.NewGuid();
        var patient = new Patient { Active = true };
        patient.Meta = new Meta { Tag = [new Coding(SuppleSystem, "self-reported", "Entered by the person in Supple")] };
        Add(bundle, patientUrl, patient);
        var subject = new ResourceReference(patientUrl);

        foreach (var session in document.Sessions)
        {
            var sessionUrl = "urn:uuid:" + session.Id;
            var procedure = new Procedure
            {
                Identifier = [new Identifier(SuppleSystem + "/session", session.Id.ToString())],
                Status = StatusOf(session.Outcome),
                Code = new CodeableConcept(SuppleSystem, "upper-back-stretching", "Guided upper-back stretching session", $"Upper-back stretching session ({session.Programme}, {session.Level})"),
                Subject = subject,
                Performed = new Period(new FhirDateTime(session.StartedAt), session.EndedAt is { } end ? new FhirDateTime(end) : null),
            };
            if (session.Note is { Length: > 0 } note)
            {
                procedure.Note.Add(new Annotation { Text = note });
            }

            if (session.Outcome == StoredNames.Of(Core.Sessions.SessionOutcome.StoppedForPain))
            {
                procedure.StatusReason = new CodeableConcept(SuppleSystem, "stopped-for-pain", "Stopped for pain", StoppedForPainText + Hurt(session, programme));
                procedure.Complication.Add(new CodeableConcept(SuppleSystem, "pain-during-stretch", "Pain during a stretch", NameOf(session.HurtStretch, programme)));
                Add(bundle, "urn:uuid:" + Guid.NewGuid(), new Flag
                {
                    Status = Flag.FlagStatus.Active,
                    Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/flag-category", "clinical", "Clinical")],
                    Code = new CodeableConcept(SuppleSystem, "stopped-for-pain", "Stopped for pain", StoppedForPainText + Hurt(session, programme)),
                    Subject = subject,
                    Period = new Period { StartElement = new FhirDateTime(session.HurtAt ?? session.EndedAt ?? session.StartedAt) },
                    Encounter = null,
                });
            }

            Add(bundle, sessionUrl, procedure);

            foreach (var stretch in session.Stretches)
            {
                var done = new Procedure
                {
                    Status = stretch.Skipped ? EventStatus.NotDone : EventStatus.Completed,
                    Code = new CodeableConcept(SuppleSystem + "/stretch", stretch.Stretch, NameOf(stretch.Stretch, programme), NameOf(stretch.Stretch, programme)),
                    Subject = subject,
                    PartOf = [new ResourceReference(sessionUrl)],
                    Performed = new FhirDateTime(stretch.RecordedAt),
                    Note = [new Annotation { Text = Dose(stretch) }],
                };
                if (stretch.Side is "left" or "right")
                {
                    done.BodySite.Add(new CodeableConcept { Text = stretch.Side + " side" });
                }

                if (stretch.Hurt)
                {
                    done.Complication.Add(new CodeableConcept(SuppleSystem, "pain-during-stretch", "Pain during a stretch", "It hurt"));
                }

                Add(bundle, "urn:uuid:" + Guid.NewGuid(), done);
            }

            if (session.PainBefore is { } before)
            {
                Add(bundle, "urn:uuid:" + Guid.NewGuid(), Pain(subject, session.StartedAt, before, "Before the session", sessionUrl));
            }

            if (session.PainAfter is { } after)
            {
                Add(bundle, "urn:uuid:" + Guid.NewGuid(), Pain(subject, session.EndedAt ?? session.StartedAt, after, "After the session", sessionUrl));
            }
        }

        foreach (var entry in document.PainEntries)
        {
            var observation = Pain(subject, entry.At, entry.Score, entry.Note, null);
            observation.Identifier.Add(new Identifier(SuppleSystem + "/pain", entry.Id.ToString()));
            if (entry.Area is { Length: > 0 } area)
            {
                observation.BodySite = new CodeableConcept { Text = area };
            }

            Add(bundle, "urn:uuid:" + entry.Id, observation);
        }

        return bundle;
    }

    private static Observation Pain(ResourceReference subject, DateTimeOffset at, int score, string? note, string? sessionUrl)
    {
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")],
            Code = new CodeableConcept(Loinc, PainSeverityCode, PainSeverityDisplay, "Pain severity (0-10)"),
            Subject = subject,
            Effective = new FhirDateTime(at),
            Value = new Quantity { Value = score, Unit = "{score}", System = "http://unitsofmeasure.org", Code = "{score}" },
        };
        if (note is { Length: > 0 })
        {
            observation.Note.Add(new Annotation { Text = note });
        }

        if (sessionUrl is not null)
        {
            observation.PartOf.Add(new ResourceReference(sessionUrl));
        }

        return observation;
    }

    private static EventStatus StatusOf(string outcome) =>
        !StoredNames.TryOutcome(outcome, out var parsed) ? EventStatus.InProgress
        : parsed == Core.Sessions.SessionOutcome.Completed ? EventStatus.Completed
        : EventStatus.Stopped;

    private static string Dose(ExportedStretch stretch) => string.Create(CultureInfo.InvariantCulture,
        $"{(stretch.Skipped ? "Skipped. " : "")}{stretch.RepsDone} repetition(s), {stretch.SetsDone} set(s), held {stretch.SecondsHeld} s{(stretch.Side is "left" or "right" ? $", {stretch.Side} side" : "")}.");

    private static string Hurt(ExportedSession session, Programme programme) =>
        session.HurtStretch is null ? "" : $" Stretch: {NameOf(session.HurtStretch, programme)}{(session.HurtSide is "left" or "right" ? $" ({session.HurtSide} side)" : "")}.";

    private static string NameOf(string? stretchId, Programme programme) =>
        stretchId is null ? "unknown stretch" : programme.FindStretch(stretchId)?.Name ?? stretchId;

    private static void Add(Bundle bundle, string fullUrl, Resource resource) =>
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
}
