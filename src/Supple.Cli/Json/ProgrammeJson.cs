using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Supple.Cli.Rendering;
using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.Json;

/// <summary>
/// The JSON of <c>stretches --json</c> and <c>plan --json</c>. Written by hand with <see cref="Utf8JsonWriter"/>:
/// no reflection at start-up, and the field names scripts rely on are spelled out here, once.
/// </summary>
internal static class ProgrammeJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Stretches(Programme programme) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var s in programme.Stretches)
        {
            WriteStretch(w, s);
        }

        w.WriteEndArray();
    });

    public static string Plan(Programme programme, Timeline timeline, DosageLevel level) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("programme", programme.Title);
        w.WriteString("level", Format.Kebab(level));
        w.WriteNumber("totalSeconds", timeline.TotalDuration.TotalSeconds);
        w.WriteStartArray("stretches");
        foreach (var s in timeline.Stretches)
        {
            w.WriteStartObject();
            w.WriteNumber("index", s.Index);
            w.WriteString("id", s.StretchId);
            w.WriteString("name", s.Name);
            if (s.Dosage.HoldSeconds is { } hold)
            {
                w.WriteNumber("holdSeconds", hold);
            }
            else
            {
                w.WriteNull("holdSeconds");
            }

            w.WriteNumber("reps", s.Dosage.Reps);
            w.WriteNumber("sets", s.Dosage.Sets);
            w.WriteBoolean("eachSide", s.Sides != SideOrder.None);
            w.WriteString("sideOrder", Format.Kebab(s.Sides));
            w.WriteNumber("startsAtSeconds", s.StartsAt.TotalSeconds);
            w.WriteNumber("durationSeconds", s.Duration.TotalSeconds);
            w.WriteNumber("firstStep", s.FirstStep);
            w.WriteNumber("stepCount", s.StepCount);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("steps");
        foreach (var step in timeline.Steps)
        {
            w.WriteStartObject();
            w.WriteNumber("index", step.Index);
            w.WriteString("kind", Format.Kebab(step.Kind));
            w.WriteString("stretchId", step.StretchId);
            w.WriteString("instruction", step.Instruction);
            if (step.PhaseName is { } phase)
            {
                w.WriteString("phase", phase);
            }

            if (step.Counters is { } c)
            {
                w.WriteNumber("rep", c.Rep);
                w.WriteNumber("reps", c.Reps);
                w.WriteNumber("set", c.Set);
                w.WriteNumber("sets", c.Sets);
                w.WriteString("side", Format.Kebab(c.Side));
            }

            w.WriteNumber("startsAtSeconds", step.StartsAt.TotalSeconds);
            w.WriteNumber("durationSeconds", step.Duration.TotalSeconds);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteStretch(Utf8JsonWriter w, Stretch s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("name", s.Name);
        w.WriteString("summary", s.Summary);
        if (s.Dosage.Hold is { } hold)
        {
            w.WritePropertyName("holdSeconds");
            WriteRange(w, hold);
        }
        else
        {
            w.WriteNull("holdSeconds");
        }

        w.WritePropertyName("reps");
        WriteRange(w, s.Dosage.Reps);
        w.WritePropertyName("sets");
        WriteRange(w, s.Dosage.Sets);
        w.WriteBoolean("eachSide", s.Dosage.EachSide);
        w.WriteString("sideOrder", Format.Kebab(s.Dosage.Sides));
        if (s.Dosage.Flow is { } flow)
        {
            w.WriteStartArray("flow");
            foreach (var p in flow.Phases)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteNumber("seconds", p.Seconds);
                w.WriteString("instruction", p.Instruction);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
        else
        {
            w.WriteNull("flow");
        }

        w.WriteStartArray("positions");
        foreach (var p in s.Positions)
        {
            w.WriteStringValue(Format.Kebab(p));
        }

        w.WriteEndArray();
        w.WriteStartArray("props");
        foreach (var requirement in s.Props)
        {
            w.WriteStartArray();
            foreach (var p in requirement.AnyOf)
            {
                w.WriteStringValue(Format.Kebab(p));
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteStartArray("steps");
        foreach (var step in s.Steps)
        {
            w.WriteStringValue(step);
        }

        w.WriteEndArray();
        w.WriteStartArray("references");
        foreach (var n in s.ReferenceNumbers)
        {
            w.WriteNumberValue(n);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter w, CountRange range)
    {
        w.WriteStartObject();
        w.WriteNumber("min", range.Min);
        w.WriteNumber("max", range.Max);
        w.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
