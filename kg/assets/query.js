// kg serve's query page: Oxigraph's YASGUI on this server's /query, with kg's prefixes
// declared in the first query (the server declares them for every query anyway).
(function () {
  "use strict";
  const endpoint = new URL("/query", window.location.href).href;
  const prefixes = JSON.parse(document.getElementById("kg-prefixes").textContent);
  const declared = Object.keys(prefixes)
    .sort()
    .map((name) => `PREFIX ${name}: <${prefixes[name]}>`)
    .join("\n");
  const example =
    "SELECT ?organization ?name WHERE {\n" +
    "  ?organization a kg:Organization ; rdfs:label ?name .\n" +
    "} ORDER BY ?name LIMIT 50";
  Yasgui.Yasqe.defaults.value = `${declared}\n\n${example}`;
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: "kg-serve",
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
  });
  window.kgYasgui = yasgui;
})();
