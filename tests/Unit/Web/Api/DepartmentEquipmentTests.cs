using System.Net;
using Studio.Domain.Common;
using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// The software licences and hardware items of departments: administrators link and unlink them and read them per
/// department or for all; nobody else; unknown departments and items are 404s, malformed ids 400s.
/// </summary>
public sealed class DepartmentEquipmentTests(DepartmentEquipmentTests.World world) : IClassFixture<DepartmentEquipmentTests.World>
{
    [Theory]
    [InlineData("hardware-items", "hardware_item_id", "workstation")]
    [InlineData("software-licenses", "software_id", "houdini")]
    public async Task AnAdministrator_LinksAndUnlinks_AndReadsThemByDepartment(string route, string key, string item)
    {
        var department = world.Path($"/data/departments/{{fx}}/{route}");
        var link = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, department, new Dictionary<string, string> { [key] = world[item] }))!;
        Assert.Equal(world["fx"], link["department_id"]!.GetValue<string>());
        Assert.Equal(world[item], link[key]!.GetValue<string>());

        // Linking again answers the same link.
        var again = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, department, new Dictionary<string, string> { [key] = world[item] }))!;
        Assert.Equal(link["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());

        Assert.Equal([world[item]], (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, department))!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        Assert.Equal(world[item], (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"{department}/{world[item]}"))!["id"]!.GetValue<string>());
        var all = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/departments/{route}"))!.AsObject();
        Assert.Equal([world[item]], all[world["fx"]]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));

        await world.Admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, world.Path($"/data/departments/{{fx}}/{route}/{{{item}}}"));
        Assert.Empty((await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, department))!.AsArray());
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"{department}/{world[item]}");
        Assert.False((await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/departments/{route}"))!.AsObject().ContainsKey(world["fx"]));
    }

    [Theory]
    [InlineData("hardware-items", "hardware_item_id", "workstation")]
    [InlineData("software-licenses", "software_id", "houdini")]
    public async Task OnlyAdministrators_AndUnknownOrMalformedIdsAreRefused(string route, string key, string item)
    {
        var department = world.Path($"/data/departments/{{fx}}/{route}");
        foreach (var caller in new[] { "manager", "supervisor" })
        {
            await world.ClientOf(caller).ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, department);
            await world.ClientOf(caller).ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/data/departments/{route}");
            await world.ClientOf(caller).ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, department, new Dictionary<string, string> { [key] = world[item] });
            await world.ClientOf(caller).ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"{department}/{world[item]}");
            await world.ClientOf(caller).ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Delete, $"{department}/{world[item]}");
        }

        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, department, new Dictionary<string, string> { [key] = Guid.NewGuid().ToString() });
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/data/departments/{Guid.NewGuid()}/{route}");
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, department, new Dictionary<string, string> { [key] = "houdini" });
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, department, new { });
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Delete, $"/data/departments/not-an-id/{route}/{world[item]}");
        Assert.Empty((await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, department))!.AsArray());
    }

    public sealed class World : StudioWorld
    {
        protected override void Declare(StudioWorldBuilder world) => world
            .Person("manager", Roles.Manager)
            .Person("supervisor", Roles.Supervisor)
            .Row("fx", "departments", new { name = "FX team", color = "#444444" })
            .Row("workstation", "hardware-items", new { name = "Workstation", short_name = "ws", monthly_cost = 120 })
            .Row("houdini", "softwares", new { name = "Houdini FX", short_name = "hfx", file_extension = "hip" });
    }
}
