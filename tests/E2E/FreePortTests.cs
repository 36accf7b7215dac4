using System.Net;
using System.Net.Sockets;

namespace Studio.Tests.E2E;

/// <summary>
/// The browser tests' server listens on a port the system gives it: another service on Zou's default port (5000) or
/// on the port of <c>scripts/run.sh</c> (5080) must not stop the tests from starting.
/// </summary>
[Collection(PortsCollection.Name)]
public sealed class FreePortTests
{
    private static readonly int[] WellKnownPorts = [5000, 5080];

    [Fact]
    public async Task Start_WithZouAndRunPortsTaken_ServesOnAnotherPort()
    {
        var held = WellKnownPorts.Select(Hold).ToList();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "studio-e2e-ports-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var factory = StudioServer.Start(dataDirectory);
            var address = factory.ClientOptions.BaseAddress;
            using var client = new HttpClient { BaseAddress = address };

            using var response = await client.GetAsync(new Uri("login", UriKind.Relative));

            Assert.DoesNotContain(address.Port, WellKnownPorts);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            foreach (var listener in held)
            {
                listener?.Dispose();
            }

            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    /// <summary>Listens on 127.0.0.1:<paramref name="port"/>; null when another program listens there already, which serves the test as well.</summary>
    private static TcpListener? Hold(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return listener;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            listener.Dispose();
            return null;
        }
    }
}
