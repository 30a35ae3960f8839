// Lets a resident point at the place of their proposal on a map: a click fills the hidden lat and lon of the
// form and shows a dot there. The postcode field above is the way to give a place without a mouse; a point,
// when chosen, goes before the postcode. A button takes the point away again.
(function () {
  'use strict';

  var element = document.getElementById('plaats-kaart');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var status = document.getElementById('plaats-gekozen');
  if (!element || !lat || !lon || !status || typeof L === 'undefined' || !window.SpeelveldMap) {
    return;
  }
  var map = SpeelveldMap.create(element);
  SpeelveldMap.load(element.dataset.area).then(function (feature) {
    if (feature) {
      L.geoJSON(feature, { style: { color: '#0b2a4a', weight: 3, fill: false }, interactive: false }).addTo(map);
    }
  });

  var marker = null;
  var clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'secondary proposal-place__clear';
  clear.textContent = status.dataset.clear;
  clear.hidden = true;
  status.insertAdjacentElement('afterend', clear);

  function show(latitude, longitude) {
    if (marker) {
      marker.setLatLng([latitude, longitude]);
    } else {
      marker = L.circleMarker([latitude, longitude], { radius: 9, color: '#0b2a4a', weight: 2, fillColor: '#ffb612', fillOpacity: 0.9 }).addTo(map);
    }
    clear.hidden = false;
  }

  if (lat.value && lon.value && isFinite(Number(lat.value)) && isFinite(Number(lon.value))) {
    show(Number(lat.value), Number(lon.value));
  }

  map.on('click', function (event) {
    lat.value = event.latlng.lat.toFixed(6);
    lon.value = event.latlng.lng.toFixed(6);
    show(event.latlng.lat, event.latlng.lng);
    status.textContent = status.dataset.chosen;
  });

  clear.addEventListener('click', function () {
    lat.value = '';
    lon.value = '';
    if (marker) {
      map.removeLayer(marker);
      marker = null;
    }
    clear.hidden = true;
    status.textContent = status.dataset.cleared;
  });
}());
