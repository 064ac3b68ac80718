// The Firely model types are loosely annotated for nullability; the assertions below fail on a missing value anyway.
#nullable disable warnings
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace Supple.Data.Tests.Export;

/// <summary>The FHIR R4 export, parsed back with the Firely SDK and compared with the history it came from.</summary>
public sealed class FhirExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_bundle_parses_back_and_holds_every_pain_score_as_a_loinc_72514_3_observation()
    {
        var document = await ExportHistoryFixture.CreateAsync(_folder);
        var bundle = FhirExport.Read(FhirExport.Write(document));

        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var observations = bundle.Entry.Select(e => e.Resource).OfType<Observation>().ToList();
        var expected = document.PainEntries.Select(p => (p.At, p.Score))
            .Concat(document.Sessions.Where(s => s.PainBefore is not null).Select(s => (s.StartedAt, s.PainBefore!.Value)))
            .Concat(document.Sessions.Where(s => s.PainAfter is not null).Select(s => (s.EndedAt!.Value, s.PainAfter!.Value)))
            .OrderBy(p => p.Item1).ThenBy(p => p.Item2).ToList();
        var actual = observations
            .Select(o => (((FhirDateTime)o.Effective).ToDateTimeOffset(TimeSpan.Zero), (int)((Quantity)o.Value).Value!.Value))
            .OrderBy(p => p.Item1).ThenBy(p => p.Item2).ToList();
        Assert.Equal(expected, actual);
        Assert.All(observations, o =>
        {
            var coding = Assert.Single(o.Code.Coding);
            Assert.Equal("http://loinc.org", coding.System);
            Assert.Equal("72514-3", coding.Code);
            Assert.Equal(ObservationStatus.Final, o.Status);
            Assert.StartsWith("urn:uuid:", o.Subject.Reference, StringComparison.Ordinal);
        });

        var diary = observations.Single(o => o.Note.Any(n => n.Text == "after a long drive"));
        Assert.Equal("upper-back", diary.BodySite.Text);
    }

    [Fact]
    public async Task Sessions_are_procedures_with_the_stretches_done_and_the_stop_for_pain_flagged()
    {
        var document = await ExportHistoryFixture.CreateAsync(_folder);
        var bundle = FhirExport.Read(FhirExport.Write(document));
        var procedures = bundle.Entry.Where(e => e.Resource is Procedure).ToList();
        var sessions = procedures.Where(e => ((Procedure)e.Resource).PartOf.Count == 0).ToList();
        Assert.Equal(document.Sessions.Count, sessions.Count);

        foreach (var session in document.Sessions)
        {
            var entry = sessions.Single(e => ((Procedure)e.Resource).Identifier.Single().Value == session.Id.ToString());
            var procedure = (Procedure)entry.Resource;
            var period = (Period)procedure.Performed;
            Assert.Equal(session.StartedAt, period.StartElement.ToDateTimeOffset(TimeSpan.Zero));
            Assert.Equal(session.EndedAt, period.EndElement?.ToDateTimeOffset(TimeSpan.Zero));
            var children = procedures.Select(e => (Procedure)e.Resource).Where(p => p.PartOf.Any(r => r.Reference == entry.FullUrl)).ToList();
            Assert.Equal(
                session.Stretches.Select(s => (s.Stretch, s.RecordedAt)),
                children.Select(c => (c.Code.Coding.Single().Code, ((FhirDateTime)c.Performed).ToDateTimeOffset(TimeSpan.Zero))));
        }

        var completed = (Procedure)sessions.Single(e => ((Procedure)e.Resource).Status == EventStatus.Completed).Resource;
        Assert.Contains(procedures, e => e.Resource is Procedure p && p.Note.Any(n => n.Text.Contains("held 30 s, left side", StringComparison.Ordinal)));
        Assert.Null(completed.StatusReason);

        var stopped = document.Sessions.Single(s => s.Outcome == "stopped-for-pain");
        var stoppedProcedure = (Procedure)sessions.Single(e => ((Procedure)e.Resource).Identifier.Single().Value == stopped.Id.ToString()).Resource;
        Assert.Equal(EventStatus.Stopped, stoppedProcedure.Status);
        Assert.Equal("stopped-for-pain", stoppedProcedure.StatusReason.Coding.Single().Code);
        Assert.Contains("Seated twist", stoppedProcedure.StatusReason.Text, StringComparison.OrdinalIgnoreCase);
        var flag = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Flag>());
        Assert.Equal(stopped.HurtAt, flag.Period.StartElement.ToDateTimeOffset(TimeSpan.Zero));
        Assert.Equal(Flag.FlagStatus.Active, flag.Status);

        Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Patient>());
        Assert.Equal(
            bundle.Entry.Count,
            bundle.Entry.Select(e => e.FullUrl).Distinct().Count());
    }

    [Fact]
    public void An_empty_history_is_a_bundle_with_only_the_patient()
    {
        var empty = new ExportDocument(ExportDocument.FormatName, ExportDocument.CurrentVersion, DateTimeOffset.UnixEpoch, "UTC", [], []);
        var bundle = FhirExport.Read(FhirExport.Write(empty));
        Assert.IsType<Patient>(Assert.Single(bundle.Entry).Resource);
    }
}
