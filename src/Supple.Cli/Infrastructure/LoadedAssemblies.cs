namespace Supple.Cli.Infrastructure;

/// <summary>
/// With <c>SUPPLE_LOADED_ASSEMBLIES=FILE</c>, writes the names of the assemblies loaded by the time a command ends, one
/// a line, to FILE. Start-up costs follow what is loaded: a test runs the everyday commands this way and checks that
/// the web, FHIR, chart, calendar and account libraries stay out of those that do not use them (docs/PERFORMANCE.md).
/// </summary>
internal static class LoadedAssemblies
{
    public const string Variable = "SUPPLE_LOADED_ASSEMBLIES";

    public static void WriteIfAsked(Func<string, string?> environment)
    {
        if (environment(Variable) is not { Length: > 0 } path)
        {
            return;
        }

        var names = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").Order(StringComparer.Ordinal);
        File.WriteAllLines(path, names);
    }
}
