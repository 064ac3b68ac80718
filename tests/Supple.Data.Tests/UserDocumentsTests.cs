using Microsoft.Extensions.Time.Testing;

namespace Supple.Data.Tests;

/// <summary>Per-user JSON documents (the saved plan, reminder settings), on each provider.</summary>
public abstract class UserDocumentsTests
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

    protected abstract StoreLocation NewLocation();

    [Fact]
    public async Task A_document_is_missing_until_saved_then_replaced_and_deleted()
    {
        var location = NewLocation();
        var user = "docs-" + Guid.NewGuid().ToString("N");
        await using (var store = await SuppleStore.OpenAsync(location, Time, user))
        {
            Assert.Null(await store.GetDocumentAsync(UserDocuments.Plan));
            await store.SaveDocumentAsync(UserDocuments.Plan, "{\"version\":1}");
            await store.SaveDocumentAsync(UserDocuments.Plan, "{\"version\":1,\"x\":2}");
            await store.SaveDocumentAsync(UserDocuments.Reminders, "{}");
        }

        await using var reopened = await SuppleStore.OpenAsync(location, Time, user);
        Assert.Equal("{\"version\":1,\"x\":2}", await reopened.GetDocumentAsync(UserDocuments.Plan));
        Assert.True(await reopened.DeleteDocumentAsync(UserDocuments.Plan));
        Assert.False(await reopened.DeleteDocumentAsync(UserDocuments.Plan));
        Assert.Null(await reopened.GetDocumentAsync(UserDocuments.Plan));
        Assert.Equal("{}", await reopened.GetDocumentAsync(UserDocuments.Reminders));
    }

    [Fact]
    public async Task Documents_belong_to_one_user()
    {
        var location = NewLocation();
        await using var alice = await SuppleStore.OpenAsync(location, Time, "alice-" + Guid.NewGuid().ToString("N"));
        await using var bob = await SuppleStore.OpenAsync(location, Time, "bob-" + Guid.NewGuid().ToString("N"));

        await alice.SaveDocumentAsync(UserDocuments.Plan, "{\"who\":\"alice\"}");

        Assert.Null(await bob.GetDocumentAsync(UserDocuments.Plan));
        Assert.False(await bob.DeleteDocumentAsync(UserDocuments.Plan));
        Assert.Equal("{\"who\":\"alice\"}", await alice.GetDocumentAsync(UserDocuments.Plan));
    }

    [Fact]
    public async Task Bad_names_and_oversized_documents_are_refused()
    {
        await using var store = await SuppleStore.OpenAsync(NewLocation(), Time, "limits-" + Guid.NewGuid().ToString("N"));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.GetDocumentAsync(" "));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.SaveDocumentAsync(new string('n', 51), "{}"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.SaveDocumentAsync(UserDocuments.Plan, new string(' ', UserDocuments.MaxLength + 1)));
        Assert.Null(await store.GetDocumentAsync(UserDocuments.Plan));
    }
}
