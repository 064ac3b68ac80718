using Supple.Web.Tests.Accounts;

namespace Supple.Web.Tests.Contract;

/// <summary>In multi-user mode the document is public and declares the cookie and bearer schemes, per operation.</summary>
public sealed class MultiUserOpenApiTests : IAsyncLifetime
{
    private readonly PostgreSqlTestDatabase _db = new();
    private MultiUserApp _app = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    [Fact]
    public async Task The_document_is_public_and_declares_cookie_and_bearer_security_per_operation()
    {
        using var client = _app.CreateClient();
        var document = await OpenApiDocument.FetchAsync(client);

        var schemes = document.Root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("cookie", schemes.GetProperty("cookie").GetProperty("in").GetString());
        Assert.Equal("supple.auth", schemes.GetProperty("cookie").GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        foreach (var (method, path, operation) in document.Operations)
        {
            var security = new string([.. operation.GetProperty("security").GetRawText().Where(c => !char.IsWhiteSpace(c))]);
            // Open to all: what a person needs before they are signed in, signing out, and snooze (by design: the
            // token the notification carried says whose reminder it is). Everything else needs the account.
            var open = path is "/api/v1/account/register" or "/api/v1/account/login" or "/api/v1/account/refresh" or "/api/v1/account/logout"
                or "/api/v1/account/forgotPassword" or "/api/v1/account/resetPassword" or "/api/v1/account/resendConfirmationEmail"
                or "/api/v1/push/snooze";
            if (open)
            {
                Assert.True(security == "[{}]", $"{method} {path}: {security}");
            }
            else
            {
                Assert.True(security == "[{\"cookie\":[]},{\"bearer\":[]}]", $"{method} {path}: {security}");
                Assert.Contains("401", OpenApiDocument.ResponseCodes(operation));
            }
        }

        var ids = document.Operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("Account_PostLogin", ids);
        Assert.Contains("401", OpenApiDocument.ResponseCodes(document.Operations.Single(o => o.Path == "/api/v1/account/login").Operation));
        Assert.Contains("429", OpenApiDocument.ResponseCodes(document.Operations.Single(o => o.Path == "/api/v1/account/login").Operation));
    }
}
