using FsCheck;
using FsCheck.Fluent;
using Supple.Core.Content;
using Supple.Tests.Faults;
using Xunit.Abstractions;

namespace Supple.Core.Tests.Faults;

/// <summary>
/// Property-based fuzzing of <see cref="ProgrammeLoader.Parse"/>: valid programme files damaged in random ways
/// (bytes deleted or inserted, values replaced by odd YAML, lines duplicated, swapped, re-indented, cut short) either
/// load or are refused with a <see cref="ProgrammeValidationException"/> naming the file, line and field. Any other
/// exception, or a hang, fails. See docs/RELIABILITY.md for the long run.
/// </summary>
public sealed class ProgrammeParserFuzzTests(ITestOutputHelper output)
{
    internal const string Small = """
        title: Small programme
        source: Supple's fault tests
        stop-rule: If a stretch is excruciatingly painful, stop at once and see a doctor.
        disclaimer: This is a test programme, not medical advice.
        transitions: { get-into-position: 1, release: 1, switch-side: 1, rest-between-sets: 1 }
        stretches:
          - id: tilt
            name: Tilt
            summary: A tilt on each side.
            positions: [sitting, standing]
            setup: Sit up straight.
            steps: [Tilt your head., Come back.]
            prompts: { hold: Hold., release: Let go., right-side: Right., left-side: Left. }
            dosage: { hold: { min: 1, max: 30 }, reps: { min: 1, max: 3 }, sets: 2, sides: right-then-left }
        references:
          - title: A reference
            url: https://example.org/a
        """;

    /// <summary>YAML that parsers and validators trip on: anchors and aliases, tags, merge keys, flow syntax, odd numbers.</summary>
    private static readonly string[] Tokens =
    [
        ":", ": ", "- ", "-", "\n", "\n  ", "\t", "  ", "{", "}", "[", "]", ",", "?", "? x\n: y", "|", "|-\n  x", ">", "'", "\"", "'x", "\"\\", "#",
        "---\n", "...\n", "%YAML 1.2\n---\n", "%TAG ! tag:x,2000:\n", "&a ", "*a", "&a [*a]", "<<: *a", "!!binary", "!!int x", "!!map", "!!seq",
        "!x", "!<tag:yaml.org,2002:str>", "null", "~", "true", "yes", "no", "on", "0", "-0", "-1", "1", "2", "0x10", "0o7", "1_000", "1e309", "-1e309",
        ".inf", "-.inf", ".nan", "NaN", "2147483647", "2147483648", "-2147483649", "99999999999999999999999", "0.5", "1.5", "20s", "10-20",
        "{ min: 5, max: 1 }", "{ min: -1, max: 0 }", "{ min: 1 }", "[]", "{}", "[[[[[[[[[[", "{{{{{{{{", "[a, b", "{ a: 1, a: 2 }",
        "right-then-left", "left-then-right", "both", "none", "sitting", "lying", "kneeling", "flying", "get-into-position", "hold", "reps", "sets",
        "sides", "stretches", "dosage", "id", "name", "title", "x" + new string('y', 300), "\u0000", "\u0007", "\u001b[2J", "\u202e", "\u200b",
        "\ufeff", "\ud800", "\udfff", "😀", "e\u0301", "\r", "\r\n", "\u2028", "\u0085",
    ];

    private static readonly string[] Bases = [BuiltInProgramme.ReadText(), Small, ""];

    [Fact]
    public async Task Damaged_programme_files_load_or_are_refused_with_a_validation_error()
    {
        var cases = FuzzSettings.Cases(8_000);
        var input =
            from baseIndex in Gen.Frequency((6, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2)))
            from damages in Damage.Generator(Tokens)
            select (Base: baseIndex, Damages: damages);
        var loaded = 0;
        var refused = 0;
        var property = FsCheck.Fluent.Prop.ForAll(input.ToArbitrary(), c =>
        {
            var yaml = Damage.ApplyAll(Bases[c.Base], c.Damages);
            if (LoadsOrExplains(yaml))
            {
                loaded++;
            }
            else
            {
                refused++;
            }
        });

        var started = DateTime.UtcNow;
        await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true), property))
            .WaitAsync(FuzzSettings.TimeLimit(cases));
        output.WriteLine($"{cases} cases in {(DateTime.UtcNow - started).TotalSeconds:F1} s: {loaded} loaded, {refused} refused with errors");
        Assert.True(refused > cases / 2, "most damaged files should be refused; the damage is not reaching the parser");
    }

    /// <summary>True when the text loads; false when it is refused properly; throws on anything else.</summary>
    internal static bool LoadsOrExplains(string yaml)
    {
        try
        {
            ProgrammeLoader.Parse(yaml, "fuzz.yaml");
            return true;
        }
        catch (ProgrammeValidationException ex)
        {
            Assert.NotEmpty(ex.Errors);
            foreach (var error in ex.Errors)
            {
                Assert.Equal("fuzz.yaml", error.File);
                Assert.False(string.IsNullOrWhiteSpace(error.Message), error.ToString());
                Assert.False(string.IsNullOrWhiteSpace(error.Field), error.ToString());
            }

            return false;
        }
    }
}
