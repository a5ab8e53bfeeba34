using Microsoft.AspNetCore.Http;

namespace SkillRelease.Simulator.Faults;

/// <summary>Writes an error in one service's own wire shape (each service registers one).</summary>
public delegate Task ErrorWriter(HttpContext context, int status, string code, string message);
