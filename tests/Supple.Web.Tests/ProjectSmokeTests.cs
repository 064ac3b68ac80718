namespace Supple.Web.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void Assembly_under_test_loads()
    {
        var name = typeof(ProjectSmokeTests).Assembly.GetName().Name;
        Assert.Equal("Supple.Web.Tests", name);
    }
}
