/*
 * ALT Atlas: runs in the head of /lookup/, before anything is shown. A request for the embed page (embed=1, true or
 * yes, the parameter name in any case, as src/lib/infobutton.ts reads it) goes on to /embed/lookup/ with the same
 * query, so a clinic portal's frame never shows the site's header, navigation and search. tests/unit/lookup-forward.test.ts
 * runs this file against parseLookupRequest.
 */
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var embed = '';
  params.forEach(function (value, name) {
    if (!embed && name.trim().toLowerCase() === 'embed' && value.trim()) embed = value.trim();
  });
  if (/^(1|true|yes)$/i.test(embed)) location.replace('/embed/lookup/' + location.search + location.hash);
})();
