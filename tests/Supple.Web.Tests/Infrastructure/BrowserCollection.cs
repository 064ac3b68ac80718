namespace Supple.Web.Tests.Infrastructure;

/// <summary>Browser tests share one chromium and run one at a time (two cores: parallel browsers only slow each other).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
