namespace Studio.Tests.E2E;

/// <summary>
/// The tests that take well-known ports of the machine: they run alone, after the other collections, so that no other
/// test's server ever meets a port they hold.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PortsCollection
{
    public const string Name = "ports";
}
