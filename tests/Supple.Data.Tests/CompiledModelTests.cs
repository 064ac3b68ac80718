using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using Supple.Data.CompiledModels.PostgreSql;
using Supple.Data.CompiledModels.Sqlite;

namespace Supple.Data.Tests;

/// <summary>
/// The compiled models under src/Supple.Data/CompiledModels are what <c>dotnet ef dbcontext optimize</c> makes from
/// today's model: each test runs the same generator in-process, on the model built from <c>OnModelCreating</c>, and
/// compares its files with the committed ones. A model change without regenerating fails here, with the command.
/// </summary>
public sealed partial class CompiledModelTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_Sqlite_compiled_model_is_up_to_date()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);
        AssertUpToDate(context, "Sqlite");
    }

    [Fact]
    public void The_PostgreSql_compiled_model_is_up_to_date()
    {
        using var context = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        AssertUpToDate(context, "PostgreSql");
    }

    [Fact]
    public void Stores_run_on_the_compiled_models()
    {
        using var sqlite = new SuppleContextFactory(StoreLocation.ForFile(_folder.File("any.db"))).CreateDbContext();
        using var postgres = new SuppleContextFactory(StoreLocation.ForPostgreSql("Host=localhost;Database=none")).CreateDbContext();

        Assert.IsType<SqliteSuppleDbContextModel>(sqlite.Model);
        Assert.IsType<PostgreSqlSuppleDbContextModel>(postgres.Model);
    }

    private void AssertUpToDate(SuppleDbContext context, string provider)
    {
        var committed = Path.Combine(RepositoryRoot(), "src", "Supple.Data", "CompiledModels", provider);
        var output = _folder.File(provider);
        var command = $"dotnet ef dbcontext optimize --project src/Supple.Data --context {context.GetType().Name} --output-dir CompiledModels/{provider} --namespace Supple.Data.CompiledModels.{provider}";

        // What DbContextOperations.Optimize does for that command (EF Core's design-time services, in-process).
#pragma warning disable EF1001 // Internal EF Core API: the design-time builder the dotnet ef tool itself uses.
        var services = new DesignTimeServicesBuilder(typeof(SuppleDbContext).Assembly, typeof(SuppleDbContext).Assembly, new OperationReporter(handler: null), [])
            .Build(context);
#pragma warning restore EF1001
        var files = services.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
            context.GetService<IDesignTimeModel>().Model,
            output,
            new CompiledModelCodeGenerationOptions
            {
                ContextType = context.GetType(),
                ModelNamespace = $"Supple.Data.CompiledModels.{provider}",
                Language = "C#",
                UseNullableReferenceTypes = true,
            });

        var generated = files.Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var present = Directory.GetFiles(committed, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(generated.SequenceEqual(present), $"The compiled model's files differ from the model's ({string.Join(", ", generated.Except(present).Concat(present.Except(generated)))}). Regenerate it: {command}");
        foreach (var file in files)
        {
            var expected = Normalise(File.ReadAllText(file));
            var actual = Normalise(File.ReadAllText(Path.Combine(committed, Path.GetFileName(file))));
            Assert.True(expected == actual, $"CompiledModels/{provider}/{Path.GetFileName(file)} is out of date with the model. Regenerate it: {command}");
        }
    }

    // Each run of the generator gives the model a new random id; the rest must match.
    private static string Normalise(string text) =>
        ModelId().Replace(text.TrimStart('\uFEFF').ReplaceLineEndings("\n"), "modelId: new Guid(\"…\")");

    [GeneratedRegex("modelId: new Guid\\(\"[0-9a-f-]{36}\"\\)")]
    private static partial Regex ModelId();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Supple.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Supple.slnx not found above " + AppContext.BaseDirectory);
    }
}
